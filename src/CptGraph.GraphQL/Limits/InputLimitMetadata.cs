using GraphQL;
using GraphQL.Types;

namespace CptGraph.GraphQL.Limits;

/// <summary>
/// Caps on one argument that validation enforces before anything runs (with its own error code), e.g.
/// <c>.Argument&lt;...&gt;("ids", "...", a => a.MaxItems(10, "HC0076"))</c>.
/// </summary>
public static class InputLimitMetadata
{
    private const string MaxItemsKey = "CptGraph.Input.MaxItems";
    private const string MaxLengthKey = "CptGraph.Input.MaxLength";

    /// <param name="itemsPerCost">
    /// How many items add 1 to the field's cost: the default (<see cref="OperationCostCalculator.InputItemsPerCost"/>) for
    /// lists each item of which is work of its own; more for a bulk argument answered in one batched statement, whose
    /// cap must still fit under the cost limit.
    /// </param>
    public static QueryArgument MaxItems(this QueryArgument argument, int maxItems, string code, int itemsPerCost = OperationCostCalculator.InputItemsPerCost) =>
        argument.WithMetadata(MaxItemsKey, (maxItems, code, itemsPerCost));

    public static QueryArgument MaxLength(this QueryArgument argument, int maxLength, string code) =>
        argument.WithMetadata(MaxLengthKey, (maxLength, code));

    internal static (int Max, string Code, int ItemsPerCost)? GetMaxItems(this QueryArgument argument) =>
        argument.HasMetadata(MaxItemsKey) ? argument.GetMetadata<(int, string, int)>(MaxItemsKey) : null;

    internal static (int Max, string Code)? GetMaxLength(this QueryArgument argument) =>
        argument.HasMetadata(MaxLengthKey) ? argument.GetMetadata<(int, string)>(MaxLengthKey) : null;
}
