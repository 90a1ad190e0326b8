namespace CptGraph.GraphQL.Limits;

/// <summary>
/// An operation's cost as Hot Chocolate computes it (the IBM GraphQL cost specification): <see cref="FieldCost"/>
/// estimates resolver work, <see cref="TypeCost"/> the number of objects in the answer.
/// </summary>
public sealed record OperationCost(double FieldCost, double TypeCost)
{
    /// <summary>Where the cost rule leaves the cost in the request's user context, for the <c>GraphQL-Cost</c> header.</summary>
    public const string UserContextKey = "CptGraph.OperationCost";

    /// <summary>
    /// The largest cost reported: a fragment bomb or huge slices would otherwise overflow to infinity, which JSON cannot
    /// carry. Any cost past it (or a walk cut short) is reported as exactly this, and is over every sensible limit.
    /// </summary>
    public const double Ceiling = 1_000_000_000_000;

    public static readonly OperationCost Zero = new(0, 0);

    /// <summary>The cost the rule left in <paramref name="userContext"/>; null when validation never costed the operation.</summary>
    public static OperationCost? In(IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(UserContextKey, out var value) ? value as OperationCost : null;

    public static readonly OperationCost Max = new(Ceiling, Ceiling);

    public OperationCost Capped() => new(Cap(FieldCost), Cap(TypeCost));

    private static double Cap(double cost) => double.IsNaN(cost) || cost > Ceiling ? Ceiling : cost;

    public OperationCost Add(OperationCost other) => new(FieldCost + other.FieldCost, TypeCost + other.TypeCost);
}
