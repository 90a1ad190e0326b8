using CptGraph.Data;
using CptGraph.GraphQL.Querying;
using CptGraph.Server.Schema;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.PlacesOfService;

public sealed class PlaceOfServiceQueries(QueryGraphTypes types) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddLookupByCode<PlaceOfServiceType>("placeOfService", "One CMS Place of Service code, e.g. placeOfService(code: \"11\"); null when unknown.",
            "The two-digit code, e.g. \"11\".", async (db, value, cancellationToken) => await db.PlacesOfService.FirstOrDefaultAsync(p => p.Value == value, cancellationToken));
        query.AddConnection(types, "placesOfService", "PlaceOfService", "The CMS Place of Service codes, filtered, ordered (by code unless ordered) and paged.", (CptGraphDbContext db) => db.PlacesOfService);
    }
}
