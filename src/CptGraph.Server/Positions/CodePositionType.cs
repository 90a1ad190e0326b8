using CptGraph.Domain.Positions;
using GraphQL.Types;

namespace CptGraph.Server.Positions;

public sealed class CodePositionType : ObjectGraphType<CodePosition>
{
    public CodePositionType()
    {
        Name = "CodePosition";
        Description = "Where a rate (\"my rate\") sits among the code's served distributions: each payer's, Medicare's and the BUCA aggregate's.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The code the amount is for.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("The amount placed, in US dollars.").Resolve(c => c.Source.Amount);
        Field<DecimalGraphType>("percentOfMedicare")
            .Description("The amount as a percentage of the Medicare mean for the same code, billing class and modifiers (as a payer's percentOfMedicare is); null without Medicare data.")
            .Resolve(c => c.Source.PercentOfMedicare);
        Field<NonNullGraphType<BooleanGraphType>>("medicareNotApplicable")
            .Description("True when CMS flags the Medicare setting asked NA for the code (e.g. 96375 under FACILITY): there is no Medicare position and percentOfMedicare is null.")
            .Resolve(c => c.Source.MedicareNotApplicable);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RatePositionType>>>>("payers")
            .Description("The position in each payer's served distribution, Medicare included: commercial payers by name, then Medicare.")
            .Resolve(c => c.Source.Payers.ToList());
        Field<RatePositionType>("medicare").Description("The position among Medicare's locality payments; null without Medicare data.").Resolve(c => c.Source.Medicare);
        Field<RatePositionType>("commercialAggregate")
            .Description("The position among the pooled observations of the four BUCA payers; null without them.").Resolve(c => c.Source.CommercialAggregate);
    }
}
