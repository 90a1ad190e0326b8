using CptGraph.Domain.Payers;
using CptGraph.Server.Nodes;
using GraphQL.Types;

namespace CptGraph.Server.Payers;

public sealed class PayerType : ObjectGraphType<Payer>
{
    public PayerType()
    {
        Name = "Payer";
        Description = "A payer whose rates are benchmarked: a commercial health plan or Medicare.";
        this.ImplementNode(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(p => p.Name).Description("The payer's display name, e.g. \"Aetna\".");
        Field<NonNullGraphType<PayerKindEnum>>("kind").Description("COMMERCIAL or MEDICARE.").Resolve(c => c.Source.Kind);
        Field(p => p.IsBuca).Description("True for the BUCA group: Blue Cross Blue Shield, UnitedHealthcare, Cigna and Aetna.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("TiC reporting_entity_name values that map to this payer.")
            .Resolve(c => c.Source.Aliases.Select(a => a.Alias).Order(StringComparer.Ordinal).ToList());
    }
}
