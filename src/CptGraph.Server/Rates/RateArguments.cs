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

    /// <summary>
    /// The <see cref="ForDistributions"/> arguments and <c>setting</c>, for the fields that compare with Medicare
    /// (a code's <c>rates</c>, <c>benchmark</c>, <c>position</c> and the fee schedule).
    /// </summary>
    public static QueryArguments ForBenchmarks() => new([.. ForDistributions(), Setting()]);

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
            asOf,
            context.GetArgument<MedicareSetting>("setting"));
    }

    // The one definition of setting: its default is what the API served before the argument existed.
    private static QueryArgument Setting() => new QueryArgument<NonNullGraphType<MedicareSettingEnum>>
    {
        Name = "setting",
        DefaultValue = MedicareSetting.NonFacility,
        Description = "Which Medicare amounts the Medicare distribution, the gap and percentOfMedicare use: NON_FACILITY (the default, as stored) or FACILITY "
            + "(each locality's facility amount, priced from the fee schedule on request). A code whose setting CMS flags NA (e.g. 96375 in a facility) has no Medicare distribution for it.",
    };

    private static IEnumerable<QueryArgument> Common() =>
    [
        new QueryArgument<NonNullGraphType<BillingClassEnum>> { Name = "billingClass", DefaultValue = BillingClass.Professional, Description = "Which billing class; PROFESSIONAL by default." },
        new QueryArgument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>> { Name = "modifiers", DefaultValue = Array.Empty<string>(), Description = "The modifier set (e.g. [\"59\"]); the unmodified code by default." },
        new QueryArgument<NonNullGraphType<BooleanGraphType>> { Name = "screened", DefaultValue = false, Description = "True to leave out the observations a screening rule flagged (README \"Screening\"); false (the default) keeps every observation." },
    ];
}
