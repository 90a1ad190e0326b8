using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace CptGraph.GraphQL.Introspection;

/// <summary>
/// What full introspection queries (Banana Cake Pop's, graphql-js's <c>getIntrospectionQuery</c> with every option) select and
/// GraphQL.NET 8's introspection types lack; an unknown field or argument fails the whole query, and the IDE then shows no
/// schema. Hot Chocolate serves both.
/// </summary>
public static class CurrentSpecIntrospection
{
    /// <summary>Adds the missing members to an introspection type as the schema initialises it; other types are left alone.</summary>
    public static void Complete(IGraphType graphType)
    {
        // __Type.specifiedByURL (spec, October 2021). No scalar here is specified by a URL.
        if (graphType is __Type type && !type.HasField("specifiedByURL"))
        {
            type.Field<StringGraphType>("specifiedByURL")
                .Description("A URL to the specification of a custom scalar's behaviour; null for every type of this schema.")
                .Resolve(_ => null);
        }

        // __Directive.args(includeDeprecated:), as on fields' args and input fields (graphql-js 16, the spec's working draft).
        if (graphType is __Directive directive && directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= [];
            args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false, Description = "True to list deprecated arguments too." });
            var resolve = args.Resolver!;
            args.Resolver = new FuncFieldResolver<object>(async context =>
            {
                var all = await resolve.ResolveAsync(context);
                return context.GetArgument<bool>("includeDeprecated") || all is not IEnumerable<QueryArgument> arguments
                    ? all
                    : arguments.Where(a => a.DeprecationReason is null).ToList();
            });
        }
    }
}
