using CptGraph.Domain.Payers;
using CptGraph.Server.Nodes;
using CptGraph.Server.Querying;
using CptGraph.Server.Querying.DataLoaders;
using GraphQL.Types;

namespace CptGraph.Server.Payers;

public sealed class PayerType : ObjectGraphType<Payer>
{
    private static readonly ChildList<PayerAlias, PayerAlias> Aliases = new(
        db => db.PayerAliases, a => a.PayerId, a => a, Querying.Sorting.DefaultOrder<PayerAlias>.By(a => a.Alias));

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
            .Resolve(c => Aliases.Load(c.RequestServices!, "Payer.aliases", c.Source.Id, QueryArgumentValues.None)
                .Then(aliases => aliases.Select(a => a.Alias).ToList()));
    }
}
