using System.Linq.Expressions;

namespace CptGraph.GraphQL.Querying.Sorting;

/// <summary>One ORDER BY term: a member of the sorted row, and its direction.</summary>
public sealed record SortKey(Expression Body, bool Descending);
