namespace CptGraph.Server.Schema;

/// <summary>The CptGraph schema: queries over codes, payers and their rate benchmarks.</summary>
public sealed class CptGraphSchema : GraphQL.Types.Schema
{
    public CptGraphSchema(IServiceProvider services, QueryType query, SubscriptionType subscription)
        : base(services)
    {
        Query = query;
        Subscription = subscription;
        Description = "CPT/HCPCS codes, their clinical and coding context, and what payers pay for them.";
    }
}
