using CptGraph.Domain.Payers;
using GraphQL.Types;

namespace CptGraph.Server.Payers;

public sealed class PayerKindEnum : EnumerationGraphType<PayerKind>
{
    public PayerKindEnum()
    {
        Name = "PayerKind";
        Description = "Whether a payer is a commercial health plan or Medicare.";
    }
}
