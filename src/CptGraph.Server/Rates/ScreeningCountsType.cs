using CptGraph.Domain.Statistics.Screening;
using GraphQL.Types;

namespace CptGraph.Server.Rates;

public sealed class ScreeningCountsType : ObjectGraphType<ScreeningCounts>
{
    public ScreeningCountsType()
    {
        Name = "ScreeningCounts";
        Description = "How many of the distribution's observations each screening rule flagged; one observation can fail several rules.";
        Field(c => c.ZeroOrSentinel).Description("Placeholder amounts: $0.01 or less, or all nines from 99,999 up (99999, 999999.99, 9999999.99 …).");
        Field(c => c.MedicareRatio).Description("Below 0.2× or above 20× the Medicare median for the same code and modifiers (professional and \"both\" prices).");
        Field(c => c.LogFence).Description("Outside Tukey's far-out fences on ln(amount) (quartiles ∓ 3 × IQR, IQR at least 0.25) within the payer, code, modifiers and vintage; groups of 5 or more.");
        Field(c => c.Ghost).Description("Ghost-rate proxy: the provider carries this identical amount for 10 or more distinct codes in the same payer vintage.");
        Field(c => c.Excluded).Description("Observations failing at least one rule: what screened: true leaves out.");
    }
}
