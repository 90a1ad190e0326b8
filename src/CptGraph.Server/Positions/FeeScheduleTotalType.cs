using CptGraph.Domain.Positions;
using CptGraph.Server.Payers;
using GraphQL.Types;

namespace CptGraph.Server.Positions;

public sealed class FeeScheduleTotalType : ObjectGraphType<FeeScheduleTotal>
{
    public FeeScheduleTotalType()
    {
        Name = "FeeScheduleTotal";
        Description = "The fee schedule valued at one payer's medians, over the lines that payer prices.";
        Field<PayerType>("payer").Description("The payer; null for the pooled BUCA commercial aggregate.").Resolve(c => c.Source.Payer);
        Field<NonNullGraphType<IntGraphType>>("lines").Description("How many lines the payer has a served distribution for.").Resolve(c => c.Source.Lines);
        Field<NonNullGraphType<DecimalGraphType>>("contractValue").Description("Σ units × your rate over those lines, in US dollars.").Resolve(c => c.Source.ContractValue);
        Field<NonNullGraphType<DecimalGraphType>>("medianValue").Description("Σ units × the payer's median over those lines, in US dollars.").Resolve(c => c.Source.MedianValue);
        Field<NonNullGraphType<DecimalGraphType>>("opportunity")
            .Description("Σ units × (median − your rate) over those lines where the median is higher: what reaching the median would add, in US dollars.")
            .Resolve(c => c.Source.Opportunity);
    }
}
