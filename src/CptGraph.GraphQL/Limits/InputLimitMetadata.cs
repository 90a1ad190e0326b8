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

    public static QueryArgument MaxItems(this QueryArgument argument, int maxItems, string code) =>
        argument.WithMetadata(MaxItemsKey, (maxItems, code));

    public static QueryArgument MaxLength(this QueryArgument argument, int maxLength, string code) =>
        argument.WithMetadata(MaxLengthKey, (maxLength, code));

    internal static (int Max, string Code)? GetMaxItems(this QueryArgument argument) =>
        argument.HasMetadata(MaxItemsKey) ? argument.GetMetadata<(int, string)>(MaxItemsKey) : null;

    internal static (int Max, string Code)? GetMaxLength(this QueryArgument argument) =>
        argument.HasMetadata(MaxLengthKey) ? argument.GetMetadata<(int, string)>(MaxLengthKey) : null;
}
