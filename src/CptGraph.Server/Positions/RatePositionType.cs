using CptGraph.Domain.Positions;
using CptGraph.Server.Payers;
using CptGraph.Server.Rates;
using GraphQL.Types;

namespace CptGraph.Server.Positions;

public sealed class RatePositionType : ObjectGraphType<RatePosition>
{
    public RatePositionType()
    {
        Name = "RatePosition";
        Description = "Where an amount sits in one served distribution, counted over exactly the observations the distribution summarises (docs/analyst.md).";
        Field<PayerType>("payer").Description("The payer; null for the pooled BUCA commercial aggregate.").Resolve(c => c.Source.Distribution.Payer);
        Field<NonNullGraphType<RateDistributionType>>("distribution")
            .Description("The served distribution the amount is placed in (the same row as rates/benchmark serve).")
            .Resolve(c => new RateRow(c.Source.Distribution, c.Source.MedicareMean));
        Field<NonNullGraphType<DecimalGraphType>>("percentileRank")
            .Description("Mid-rank of ties, 0–100: (observations below + ½ × observations equal) / count × 100. Below the minimum 0, above the maximum 100.")
            .Resolve(c => c.Source.PercentileRank);
        Field<NonNullGraphType<LongGraphType>>("below").Description("Observations below the amount.").Resolve(c => c.Source.Rank.Below);
        Field<NonNullGraphType<LongGraphType>>("equal").Description("Observations equal to the amount (within half a hundredth of a cent).").Resolve(c => c.Source.Rank.Equal);
        Field<NonNullGraphType<LongGraphType>>("count").Description("Observations counted (the distribution's count).").Resolve(c => c.Source.Rank.Count);
        Field<NonNullGraphType<DecimalGraphType>>("differenceFromMedian")
            .Description("amount − median, in US dollars: positive above the median, negative below.").Resolve(c => c.Source.DifferenceFromMedian);
        Field<DecimalGraphType>("percentFromMedian")
            .Description("(amount − median) / median × 100; null for a zero median.").Resolve(c => c.Source.PercentFromMedian);
        Field<NonNullGraphType<QuartileBandEnum>>("quartile").Description("Which quarter of the distribution the amount falls in.").Resolve(c => c.Source.Band);
    }
}
