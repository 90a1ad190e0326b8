using CptGraph.Domain.Codes;
using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.Server.Taxonomies;

public sealed class TaxonomyQueryModel : QueryModel<Taxonomy>
{
    public TaxonomyQueryModel()
        : base("Taxonomy", t => t.Value)
    {
        Scalar("code", t => t.Value);
        Scalar("specialty", t => t.Specialty);
        List<Code>("codes", t => t.Codes.Select(l => l.Code));
        AlwaysReads(nameof(Taxonomy.Id), nameof(Taxonomy.Value));
    }
}
