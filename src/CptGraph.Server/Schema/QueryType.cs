using GraphQL.Types;

namespace CptGraph.Server.Schema;

/// <summary>The root query; each feature adds its fields through an <see cref="IQueryFields"/>.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        Description = "The entry points of the graph.";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
