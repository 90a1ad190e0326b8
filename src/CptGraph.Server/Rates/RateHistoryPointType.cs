using CptGraph.Domain.Benchmarks;
using CptGraph.Server.Payers;
using GraphQL.Types;

namespace CptGraph.Server.Rates;

public sealed class RateHistoryPointType : ObjectGraphType<PayerDistribution>
{
    public RateHistoryPointType()
    {
        Name = "RateHistoryPoint";
        Description = "One payer's distribution in one vintage month: a point of a trend chart.";
        Field<StringGraphType>("month")
            .Description("The vintage month, \"yyyy-MM\" of the file's last_updated_on (Medicare: January of the fee-schedule year); null for files without last_updated_on. For the aggregate: the month it is as of.")
            .Resolve(c => c.Source.Distribution.VintageMonth.Length == 0 ? null : c.Source.Distribution.VintageMonth);
        Field<PayerType>("payer").Description("The payer; null for the pooled BUCA commercial aggregate.").Resolve(c => c.Source.Payer);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many observations.").Resolve(c => c.Source.Distribution.Count);
        Field<NonNullGraphType<DecimalGraphType>>("mean").Description("The arithmetic mean, in US dollars.").Resolve(c => c.Source.Distribution.Mean);
        Field<NonNullGraphType<DecimalGraphType>>("median").Description("The 50th percentile, in US dollars.").Resolve(c => c.Source.Distribution.Median);
        Field<NonNullGraphType<DecimalGraphType>>("p25").Description("The 25th percentile, in US dollars.").Resolve(c => c.Source.Distribution.P25);
        Field<NonNullGraphType<DecimalGraphType>>("p75").Description("The 75th percentile, in US dollars.").Resolve(c => c.Source.Distribution.P75);
    }
}
