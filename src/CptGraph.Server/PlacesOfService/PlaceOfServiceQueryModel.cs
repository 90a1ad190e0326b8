using CptGraph.Domain.Reference;
using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.Server.PlacesOfService;

public sealed class PlaceOfServiceQueryModel : QueryModel<PlaceOfService>
{
    public PlaceOfServiceQueryModel()
        : base("PlaceOfService", p => p.Value)
    {
        Scalar("code", p => p.Value);
        Scalar("name", p => p.Name);
        Scalar("description", p => p.Description);
        Computed("source", nameof(PlaceOfService.IngestRunId));
        AlwaysReads(nameof(PlaceOfService.Id), nameof(PlaceOfService.Value));
    }
}
