using CptGraph.Domain.Benchmarks;
using GraphQL.Types;

namespace CptGraph.Server.Rates;

public sealed class BenchmarkType : ObjectGraphType<Benchmark>
{
    public BenchmarkType()
    {
        Name = "Benchmark";
        Description = "National reimbursement benchmark: Medicare against the pooled BUCA commercial aggregate, and how widely each payer's rates spread.";
        Field<RateDistributionType>("medicare").Description("Medicare's distribution over its localities.").Resolve(c => Row(c.Source, c.Source.Medicare));
        Field<RateDistributionType>("commercialAggregate")
            .Description("The pooled deduplicated observations of the four BUCA payers (Aetna, Blue Cross Blue Shield, Cigna, UnitedHealthcare).")
            .Resolve(c => Row(c.Source, c.Source.CommercialAggregate));
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
