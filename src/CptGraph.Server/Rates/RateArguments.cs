using CptGraph.Domain.Rates;
using GraphQL;
using GraphQL.Types;

namespace CptGraph.Server.Rates;

/// <summary>The arguments of the <c>rates</c>, <c>benchmark</c> and <c>history</c> fields, and how they are read.</summary>
public static class RateArguments
{
    /// <summary>The error code of an <c>asOf</c> that is not a <c>yyyy-MM</c> month.</summary>
    public const string InvalidAsOfCode = "INVALID_AS_OF";

    /// <summary><c>billingClass</c>, <c>modifiers</c>, <c>screened</c> and <c>asOf</c>.</summary>
    public static QueryArguments ForDistributions() => new(
        [.. Common(), new QueryArgument<StringGraphType> { Name = "asOf", Description = "A month, \"yyyy-MM\" (e.g. \"2026-09\"): each payer's latest vintage at or before it (the aggregate pools those). The latest vintage of each payer when omitted." }]);

    /// <summary><c>billingClass</c>, <c>modifiers</c>, <c>screened</c> and <c>payer</c>.</summary>
    public static QueryArguments ForHistory() => new(
        [.. Common(), new QueryArgument<StringGraphType> { Name = "payer", Description = "Only this payer's series, by name (case-insensitive, e.g. \"Aetna\"); every payer and the BUCA aggregate when omitted." }]);

    /// <summary>The selection the arguments describe; an invalid <c>asOf</c> is a coded error.</summary>
    public static RateSelection Read(IResolveFieldContext context)
    {
        string? asOf = null;
        if (context.GetArgument<string?>("asOf") is { } text && !Vintages.TryParseMonth(text, out asOf))
        {
            throw new ExecutionError($"asOf must be a month written yyyy-MM (e.g. \"2026-09\"), not '{text}'.") { Code = InvalidAsOfCode };
        }

        return new RateSelection(
            context.GetArgument<BillingClass>("billingClass"),
            ModifierKey.From(context.GetArgument<List<string>>("modifiers")),
            context.GetArgument<bool>("screened"),
            asOf);
    }

    private static IEnumerable<QueryArgument> Common() =>
    [
        new QueryArgument<NonNullGraphType<BillingClassEnum>> { Name = "billingClass", DefaultValue = BillingClass.Professional, Description = "Which billing class; PROFESSIONAL by default." },
        new QueryArgument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>> { Name = "modifiers", DefaultValue = Array.Empty<string>(), Description = "The modifier set (e.g. [\"59\"]); the unmodified code by default." },
        new QueryArgument<NonNullGraphType<BooleanGraphType>> { Name = "screened", DefaultValue = false, Description = "True to leave out the observations a screening rule flagged (README \"Screening\"); false (the default) keeps every observation." },
    ];
}
