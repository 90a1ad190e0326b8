namespace CptGraph.GraphQL.Querying.Paging;

/// <summary>One page of a connection: its items with their indexes, whether more lie on either side, and the total.</summary>
public sealed record Page(IReadOnlyList<object> Nodes, int StartIndex, bool HasPreviousPage, bool HasNextPage, int? TotalCount)
{
    public string Cursor(int position) => Paging.Cursor.Encode(StartIndex + position);
}
