using CptGraph.Domain.Statistics;
using CptGraph.Server.Codes;
using CptGraph.Server.Payers;
using CptGraph.GraphQL.Querying.DataLoaders;
using GraphQL.Types;

namespace CptGraph.Server.Rates;

public sealed class RateDistributionType : ObjectGraphType<RateRow>
{
    public RateDistributionType()
    {
        Name = "RateDistribution";
        Description = "A payer's deduplicated dollar observations for one code, billing class, modifier set and vintage month, summarised. " +
            "Percentiles interpolate linearly between closest ranks (numpy's default); every figure is rounded to 4 decimal places.";
        Field<PayerType>("payer").Description("The payer; null for the pooled BUCA commercial aggregate.").Resolve(c => c.Source.Item.Payer);
        Field<NonNullGraphType<CodeType>>("code").Description("The procedure code the observations were billed under.")
            .Resolve(c => CodeByIdDataLoader.Load(c.RequestServices!, c.Source.Item.Distribution.CodeId));
        Field<NonNullGraphType<BillingClassEnum>>("billingClass").Description("The billing class the observations were billed under.").Resolve(c => c.Source.Item.Distribution.BillingClass);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("modifiers")
            .Description("The billing code modifiers of the observations; empty for the unmodified code.")
            .Resolve(c => Domain.Rates.ModifierKey.Split(c.Source.Item.Distribution.ModifierKey));
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many observations: distinct (provider, rate) contracts, or Medicare localities.").Resolve(c => c.Source.Item.Distribution.Count);
        Field<IntGraphType>("distinctTins")
            .Description("How many distinct provider TINs the counted observations come from (a TIN contracting with two BUCA payers counts once in the aggregate); null for Medicare, whose observations are localities, not TINs.")
            .Resolve(c => c.Source.Item.Distribution.DistinctTins);
        Field<NonNullGraphType<BooleanGraphType>>("lowSample")
            .Description($"True when the sample is too thin to lean on: count below {LowSampleOptions.SectionName}:MinObservations (default {Domain.Rates.LowSampleRule.DefaultMinObservations}) or distinctTins below MinTins (default {Domain.Rates.LowSampleRule.DefaultMinTins}; Medicare: the count rule only).")
            .Resolve(c => c.RequestServices!.LowSampleRule().IsLow(c.Source.Item.Distribution));
        Money("min", "The lowest observation.", c => c.Item.Distribution.Min);
        Money("p10", "The 10th percentile.", c => c.Item.Distribution.P10);
        Money("p25", "The 25th percentile.", c => c.Item.Distribution.P25);
        Money("median", "The 50th percentile.", c => c.Item.Distribution.Median);
        Money("p75", "The 75th percentile.", c => c.Item.Distribution.P75);
        Money("p90", "The 90th percentile.", c => c.Item.Distribution.P90);
        Money("max", "The highest observation.", c => c.Item.Distribution.Max);
        Money("mean", "The arithmetic mean of the observations.", c => c.Item.Distribution.Mean);
        Money("spread", "P75 − P25, the interquartile range.", c => c.Item.Spread);
        Field<DecimalGraphType>("percentOfMedicare")
            .Description("This mean as a percentage of the Medicare mean for the same code, billing class and modifiers; null without Medicare data.")
            .Resolve(c => c.Source.MedicareLookup is { } selection
                ? RateLists.MedicareMean(c.RequestServices!, c.Source.Item.Distribution.CodeId, selection).Then(medicare => PercentOfMedicare(c.Source, medicare))
                : PercentOfMedicare(c.Source, c.Source.MedicareMean));
        Field<StringGraphType>("vintage")
            .Description("The vintage month served, \"yyyy-MM\" of the source file's last_updated_on (Medicare: January of the fee-schedule year; the aggregate: the month it is as of); null for undated files.")
            .Resolve(c => c.Source.Item.Distribution.VintageMonth.Length == 0 ? null : c.Source.Item.Distribution.VintageMonth);
        Field<NonNullGraphType<BooleanGraphType>>("screened").Description("True when observations flagged by a screening rule are left out.").Resolve(c => c.Source.Item.Distribution.Screened);
        Field<NonNullGraphType<ScreeningCountsType>>("screening")
            .Description("What each screening rule flagged among all this distribution's observations (the same whether screened or not).")
            .Resolve(c => c.Source.Item.Distribution.Screening);
        Field<NonNullGraphType<BooleanGraphType>>("isDemo").Description("True when any observation comes from synthetic demo data.").Resolve(c => c.Source.Item.Distribution.IsDemo);
    }

    private static decimal? PercentOfMedicare(RateRow row, decimal? medicareMean) =>
        medicareMean is { } medicare ? RateStatistics.PercentOf(row.Item.Distribution.Mean, medicare) : null;

    private void Money(string name, string description, Func<RateRow, decimal> value) =>
        Field<NonNullGraphType<DecimalGraphType>>(name).Description(description + " In US dollars.").Resolve(c => value(c.Source));
}
