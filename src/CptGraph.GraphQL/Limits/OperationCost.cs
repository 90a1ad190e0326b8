namespace CptGraph.GraphQL.Limits;

/// <summary>
/// An operation's cost as Hot Chocolate computes it (the IBM GraphQL cost specification): <see cref="FieldCost"/>
/// estimates resolver work, <see cref="TypeCost"/> the number of objects in the answer.
/// </summary>
public sealed record OperationCost(double FieldCost, double TypeCost)
{
    /// <summary>Where the cost rule leaves the cost in the request's user context, for the <c>GraphQL-Cost</c> header.</summary>
    public const string UserContextKey = "CptGraph.OperationCost";

    public static readonly OperationCost Zero = new(0, 0);

    public OperationCost Add(OperationCost other) => new(FieldCost + other.FieldCost, TypeCost + other.TypeCost);
}
