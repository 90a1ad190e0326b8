using CptGraph.GraphQL.Introspection;
using GraphQL.Introspection;
using GraphQL.Types;

namespace CptGraph.Server.Schema;

/// <summary>The CptGraph schema: queries over codes, payers and their rate benchmarks.</summary>
public sealed class CptGraphSchema : global::GraphQL.Types.Schema
{
    public CptGraphSchema(IServiceProvider services, QueryType query, SubscriptionType subscription)
        : base(services)
    {
        Query = query;
        Subscription = subscription;
        Description = "CPT/HCPCS codes, their clinical and coding context, and what payers pay for them.";

        // Introspection as the current spec has it (what Hot Chocolate serves): Banana Cake Pop and graphql-js ask for
        // __Directive.isRepeatable and includeDeprecated/isDeprecated on arguments and input fields once their probes find
        // them. GraphQL.NET's default filter hides both from introspection queries (it serves them to others only); this
        // one shows them.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Filter = new ExperimentalIntrospectionFeaturesSchemaFilter();
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        base.OnBeforeInitializeType(graphType);
        CurrentSpecIntrospection.Complete(graphType);
    }
}
