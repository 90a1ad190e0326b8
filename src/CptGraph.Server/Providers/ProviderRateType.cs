using CptGraph.Server.Payers;
using GraphQL.Types;

namespace CptGraph.Server.Providers;

public sealed class ProviderRateType : ObjectGraphType<ProviderRate>
{
    public ProviderRateType()
    {
        Name = "ProviderRate";
        Description = "One payer's negotiated amount with a provider TIN, from the payer's served vintage.";
        Field<NonNullGraphType<PayerType>>("payer").Description("The payer.").Resolve(c => c.Source.Payer);
        Field(r => r.Amount).Description("The amount in dollars.");
    }
}
