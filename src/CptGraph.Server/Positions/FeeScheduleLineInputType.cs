using GraphQL.Types;

namespace CptGraph.Server.Positions;

public sealed class FeeScheduleLineInputType : InputObjectGraphType<FeeScheduleLineInput>
{
    public FeeScheduleLineInputType()
    {
        Name = "FeeScheduleLineInput";
        Description = "One line of a fee schedule: a code at your contracted rate, and how many units of it.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The procedure code, e.g. \"99213\".");
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("Your rate per unit, in US dollars; must be positive.");
        Field<NonNullGraphType<IntGraphType>>("units").Description("How many units (e.g. a year's volume); 1 by default, at least 1.").DefaultValue(1);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("modifiers")
            .Description("The line's modifier set (e.g. [\"26\"]); the field's modifiers argument (the unmodified code by default) when omitted.");
    }
}
