using CptGraph.Domain.Positions;
using GraphQL.Types;

namespace CptGraph.Server.Positions;

public sealed class FeeScheduleLineType : ObjectGraphType<FeeScheduleLine>
{
    public FeeScheduleLineType()
    {
        Name = "FeeScheduleLine";
        Description = "One fee schedule line with where its rate sits.";
        Field<NonNullGraphType<IntGraphType>>("line").Description("The line's number, 1-based, in the order given.").Resolve(c => c.Source.Line);
        Field<NonNullGraphType<StringGraphType>>("code").Description("The code as matched (trimmed, upper-case).").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("modifiers").Description("The modifier set the line was placed with.").Resolve(c => c.Source.Modifiers);
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("Your rate per unit, in US dollars.").Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<IntGraphType>>("units").Description("The units.").Resolve(c => c.Source.Units);
        Field<CodePositionType>("position").Description("Where the rate sits for the line's code; null for a code the database does not know.").Resolve(c => c.Source.Position);
    }
}
