using GraphQL;

namespace CptGraph.Server.Positions;

/// <summary>Reading the amounts a client places, one rule for <c>position</c> and the fee schedule.</summary>
public static class PositionArguments
{
    /// <summary>The error code of an amount that is not a positive number of dollars.</summary>
    public const string InvalidAmountCode = "INVALID_AMOUNT";

    public static decimal Amount(IResolveFieldContext context) => Checked(context.GetArgument<decimal>("amount"), "amount");

    /// <summary><paramref name="amount"/> when positive; otherwise a coded error naming <paramref name="where"/>.</summary>
    public static decimal Checked(decimal amount, string where) => amount > 0
        ? amount
        : throw new ExecutionError($"{where} must be a positive amount in US dollars, not {amount}.") { Code = InvalidAmountCode };
}
