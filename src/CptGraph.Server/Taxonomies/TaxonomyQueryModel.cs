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
        Scalar("grouping", t => t.Grouping);
        Scalar("classification", t => t.Classification);
        Scalar("specialization", t => t.Specialization);
        Scalar("displayName", t => t.DisplayName);
        Scalar("definition", t => t.Definition);
        Scalar("section", t => t.Section);
        Computed("source", nameof(Taxonomy.IngestRunId));
        List<Code>("codes", t => t.Codes.Select(l => l.Code));
        AlwaysReads(nameof(Taxonomy.Id), nameof(Taxonomy.Value));
    }
}
