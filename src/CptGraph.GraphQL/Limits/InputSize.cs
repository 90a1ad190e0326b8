namespace CptGraph.GraphQL.Limits;

/// <summary>How large one capped argument of one field is, against its cap and the code it is refused with.</summary>
/// <param name="ItemsPerCost">How many of its items add 1 to the field's cost.</param>
internal sealed record InputSize(string Argument, InputCap Cap, int Detected, int Allowed, string Code, int ItemsPerCost = OperationCostCalculator.InputItemsPerCost)
{
    public bool Exceeded => Detected > Allowed;
}
