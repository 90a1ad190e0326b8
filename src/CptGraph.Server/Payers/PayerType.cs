using CptGraph.Data;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using CptGraph.Server.Nodes;
using CptGraph.GraphQL.Querying;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.Server.Rates;
using GraphQL.Types;

namespace CptGraph.Server.Payers;

public sealed class PayerType : ObjectGraphType<Payer>
{
    private static readonly ChildList<CptGraphDbContext, PayerAlias, PayerAlias> Aliases = new(
        db => db.PayerAliases, a => a.PayerId, a => a, CptGraph.GraphQL.Querying.Sorting.DefaultOrder<PayerAlias>.By(a => a.Alias));

    public PayerType(QueryGraphTypes types)
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
        this.AddChildConnection<Payer, RateDistribution>(types, "rates", "payerRates", "RateDistribution",
            "The payer's rate distributions, one per code (by code unless ordered), each of the payer's latest vintage (at or before asOf): the reverse of a code's rates.",
            RateArguments.ForDistributions(), (c, arguments) => PayerRateLists.Rows(c.RequestServices!, c.Source, RateArguments.Read(c), arguments));
    }
}
