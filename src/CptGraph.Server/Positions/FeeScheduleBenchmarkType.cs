using CptGraph.Domain.Positions;
using GraphQL.Types;

namespace CptGraph.Server.Positions;

public sealed class FeeScheduleBenchmarkType : ObjectGraphType<FeeScheduleBenchmark>
{
    public FeeScheduleBenchmarkType()
    {
        Name = "FeeScheduleBenchmark";
        Description = "A fee schedule benchmarked line by line against every served distribution, with totals per payer.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeeScheduleLineType>>>>("lines").Description("Every line, in the order given.").Resolve(c => c.Source.Lines);
        Field<NonNullGraphType<DecimalGraphType>>("contractValue").Description("Σ units × your rate over every line, in US dollars.").Resolve(c => c.Source.ContractValue);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeeScheduleTotalType>>>>("totals")
            .Description("The schedule valued at each payer's medians: commercial payers by name, then Medicare, then the BUCA aggregate (payer null).")
            .Resolve(c => c.Source.Totals);
    }
}
