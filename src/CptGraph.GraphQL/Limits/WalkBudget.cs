namespace CptGraph.GraphQL.Limits;

/// <summary>
/// Caps how many field selections one analysis visits. Fragments spread into each other several times expand
/// exponentially; past the budget the depth walk stops and the cost walk reports an infinite cost (HC0047).
/// </summary>
internal sealed class WalkBudget
{
    public const int MaxVisitedFields = 100_000;

    private int visited;

    public bool Exhausted => visited > MaxVisitedFields;

    public bool TrySpend() => ++visited <= MaxVisitedFields;
}
