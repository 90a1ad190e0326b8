using CptGraph.Domain.Payers;
using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.Server.Payers;

public sealed class PayerQueryModel : QueryModel<Payer>
{
    public PayerQueryModel()
        : base("Payer", p => p.Name)
    {
        Scalar("name", p => p.Name);
        Enum("kind", p => p.Kind, "PayerKind");
        Scalar("isBuca", p => p.IsBuca);
        AlwaysReads(nameof(Payer.Id), nameof(Payer.Name));
    }
}
