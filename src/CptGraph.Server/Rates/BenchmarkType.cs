using CptGraph.Domain.Benchmarks;
using GraphQL.Types;

namespace CptGraph.Server.Rates;

public sealed class BenchmarkType : ObjectGraphType<Benchmark>
{
    public BenchmarkType()
    {
        Name = "Benchmark";
        Description = "National reimbursement benchmark: Medicare against the pooled BUCA commercial aggregate, and how widely each payer's rates spread.";
        Field<RateDistributionType>("medicare").Description("Medicare's distribution over its localities, for the setting asked; null without Medicare data or where the setting is not applicable.").Resolve(c => Row(c.Source, c.Source.Medicare));
        Field<RateDistributionType>("commercialAggregate")
            .Description("The pooled deduplicated observations of the four BUCA payers (Aetna, Blue Cross Blue Shield, Cigna, UnitedHealthcare).")
            .Resolve(c => Row(c.Source, c.Source.CommercialAggregate));
        Field<NonNullGraphType<MedicareSettingEnum>>("setting").Description("The Medicare setting medicare, gap and percentOfMedicare are priced for.").Resolve(c => c.Source.Setting);
        Field<MedicareSettingEnum>("medicareSetting")
            .Description("The setting whose amounts medicare holds: the one asked for, except under NON_FACILITY for a code CMS pays only in a facility (the non-facility NA indicator, e.g. 99283), whose stored Medicare amounts are its facility ones. Null without medicare.")
            .Resolve(c => MedicareSides.AmountsSetting(c.RequestServices!, c.Source));
        Field<NonNullGraphType<BooleanGraphType>>("medicareNotApplicable")
            .Description("True when CMS flags the setting NA for the code (the fee schedule's facility NA indicator, e.g. 96375 under FACILITY): Medicare pays nothing there, so medicare, gap and gapPercent are null.")
            .Resolve(c => c.Source.MedicareNotApplicable);
        Field<DecimalGraphType>("gap").Description("commercialAggregate.mean − medicare.mean, in US dollars.").Resolve(c => c.Source.Gap);
        Field<DecimalGraphType>("gapPercent").Description("gap / medicare.mean × 100.").Resolve(c => c.Source.GapPercent);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RateDistributionType>>>>("payers")
            .Description("Every payer's distribution, Medicare included, from the widest P75−P25 spread to the tightest.")
            .Resolve(c => c.Source.BySpread.Select(p => Row(c.Source, p)).ToList());
        Field<RateDistributionType>("widestSpread").Description("The payer whose P75−P25 spread is widest.").Resolve(c => Row(c.Source, c.Source.WidestSpread));
        Field<RateDistributionType>("tightestSpread").Description("The payer whose P75−P25 spread is tightest.").Resolve(c => Row(c.Source, c.Source.TightestSpread));
        Field<StringGraphType>("summary")
            .Description("The benchmark paragraph, written from these numbers; without Medicare data it says Medicare is missing and gives the commercial aggregate; null without commercial data. When Medicare or the aggregate is lowSample it says the sample is thin instead of judging the gap.")
            .Resolve(c => BenchmarkSummaryWriter.Write(c.Source, c.RequestServices!.LowSampleRule()));
    }

    private static RateRow? Row(Benchmark benchmark, PayerDistribution? item) =>
        item is null ? null : new RateRow(item, benchmark.Medicare?.Distribution.Mean);
}
