namespace CptGraph.GraphQL.Querying.Paging;

/// <summary>An edge of a connection: a node and its cursor.</summary>
public sealed record Edge(string Cursor, object Node);
