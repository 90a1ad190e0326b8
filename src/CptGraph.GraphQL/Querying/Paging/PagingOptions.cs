namespace CptGraph.GraphQL.Querying.Paging;

/// <summary>Connection paging limits, bound from <c>GraphQL:Paging</c>; Hot Chocolate's defaults.</summary>
public sealed class PagingOptions
{
    /// <summary>Items per page when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest <c>first</c>/<c>last</c> accepted; more is error HC0051.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>When true, a connection without <c>first</c> or <c>last</c> is error HC0052.</summary>
    public bool RequirePagingBoundaries { get; set; }
}
