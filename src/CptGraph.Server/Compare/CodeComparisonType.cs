using CptGraph.Server.Codes;
using CptGraph.Server.Rates;
using GraphQL.Types;

namespace CptGraph.Server.Compare;

public sealed class CodeComparisonType : ObjectGraphType<CodeComparison>
{
    public CodeComparisonType()
    {
        Name = "CodeComparison";
        Description = "One code's benchmark figures, flattened for a dashboard table row.";
        Field<NonNullGraphType<CodeType>>("code").Description("The code.").Resolve(c => c.Source.Code);
        Field<DecimalGraphType>("medicareMean").Description("Medicare's mean over its localities; null without Medicare data.")
            .Resolve(c => c.Source.Benchmark.Medicare?.Distribution.Mean);
        Field<DecimalGraphType>("commercialMean").Description("The pooled BUCA commercial aggregate's mean; null without commercial data.")
            .Resolve(c => c.Source.Benchmark.CommercialAggregate?.Distribution.Mean);
        Field<DecimalGraphType>("gap").Description("commercialMean − medicareMean, in US dollars.").Resolve(c => c.Source.Benchmark.Gap);
        Field<DecimalGraphType>("gapPercent").Description("gap / medicareMean × 100.").Resolve(c => c.Source.Benchmark.GapPercent);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RateDistributionType>>>>("payers")
            .Description("Every payer's distribution (mean, median, spread, ...), commercial payers by name, then Medicare.")
            .Resolve(c => c.Source.Benchmark.Payers
                .Select(p => new RateRow(p, c.Source.Benchmark.Medicare?.Distribution.Mean))
                .OrderBy(r => r.Item.Payer!.Kind).ThenBy(r => r.Item.Payer!.Name, StringComparer.Ordinal)
                .ToList());
        Field<NonNullGraphType<BenchmarkType>>("benchmark").Description("The full benchmark, as Code.benchmark serves it.").Resolve(c => c.Source.Benchmark);
    }
}
