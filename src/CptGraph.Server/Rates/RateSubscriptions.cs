using CptGraph.Domain.Live;
using CptGraph.Domain.Rates;
using CptGraph.GraphQL.Live;
using CptGraph.Server.Schema;
using GraphQL;
using GraphQL.Types;

namespace CptGraph.Server.Rates;

public sealed class RateSubscriptions(DistributionChangeReader reader) : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<RateDistributionChangedEventType>>("rateDistributionChanged")
            .Description("Every committed change of one payer's distribution for a code.")
            .Arguments(Arguments(new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "payer", Description = "The payer's name, e.g. \"Aetna\" or \"Medicare\" (case-insensitive)." }))
            .ResolveLive(context =>
            {
                var (code, billingClass, modifierKey) = Filter(context);
                var payer = context.GetArgument<string>("payer");
                return async (e, ct) =>
                {
                    if (e.Topic != OutboxTopics.Distributions || OutboxJson.Deserialize<DistributionsChanged>(e.Payload) is not { } change
                        || !DistributionChangeReader.Matches(change, code, billingClass, modifierKey))
                    {
                        return null;
                    }

                    var (before, after) = await reader.BenchmarksAsync(e.Id, change, ct);
                    var was = before.Payers.FirstOrDefault(p => string.Equals(p.Payer!.Name, payer, StringComparison.OrdinalIgnoreCase));
                    var now = after.Payers.FirstOrDefault(p => string.Equals(p.Payer!.Name, payer, StringComparison.OrdinalIgnoreCase));
                    if (!DistributionChangeDetector.Differs(was?.Distribution, now?.Distribution))
                    {
                        return null;
                    }

                    var row = now is null ? null : new RateRow(now, after.Medicare?.Distribution.Mean);
                    return new RateDistributionChange(change.Code, row, was?.Distribution.Mean, change.RunId);
                };
            });

        subscription.Field<NonNullGraphType<BenchmarkChangedEventType>>("benchmarkChanged")
            .Description("Every committed change of a code's benchmark: its gap, spreads and payer distributions.")
            .Arguments(Arguments())
            .ResolveLive(context =>
            {
                var (code, billingClass, modifierKey) = Filter(context);
                return async (e, ct) =>
                {
                    if (e.Topic != OutboxTopics.Distributions || OutboxJson.Deserialize<DistributionsChanged>(e.Payload) is not { } change
                        || !DistributionChangeReader.Matches(change, code, billingClass, modifierKey))
                    {
                        return null;
                    }

                    var (before, after) = await reader.BenchmarksAsync(e.Id, change, ct);
                    return new BenchmarkChange(after, before.Gap, before.GapPercent, change.RunId);
                };
            });
    }

    private static QueryArguments Arguments(params QueryArgument[] more) => new(
    [
        new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "code", Description = "The code to watch, e.g. \"96375\"." },
        .. more,
        new QueryArgument<NonNullGraphType<BillingClassEnum>> { Name = "billingClass", DefaultValue = BillingClass.Professional, Description = "Which billing class; PROFESSIONAL by default." },
        new QueryArgument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>> { Name = "modifiers", DefaultValue = Array.Empty<string>(), Description = "The modifier set (e.g. [\"59\"]); the unmodified code by default." },
    ]);

    private static (string Code, BillingClass BillingClass, string ModifierKey) Filter(IResolveFieldContext context) =>
        (EntityLookups.NormaliseCode(context.GetArgument<string>("code")), context.GetArgument<BillingClass>("billingClass"),
            ModifierKey.From(context.GetArgument<List<string>>("modifiers")));
}
