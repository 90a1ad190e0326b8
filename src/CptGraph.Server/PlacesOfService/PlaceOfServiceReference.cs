using CptGraph.Domain.Reference;
using CptGraph.Server.ReferenceEntities;

namespace CptGraph.Server.PlacesOfService;

/// <summary>CMS Place of Service codes as a reference code set: <c>placeOfService(code:)</c>, <c>placesOfService</c>, <c>PlaceOfService</c>.</summary>
public static class PlaceOfServiceReference
{
    public static readonly ReferenceEntity<PlaceOfService> Entity = new()
    {
        TypeName = "PlaceOfService",
        Description = "A CMS Place of Service code: the setting a professional claim says the service was provided in.",
        CodeDescription = "The two-digit code, e.g. \"11\".",
        LookupField = "placeOfService",
        LookupDescription = "One CMS Place of Service code, e.g. placeOfService(code: \"11\"); null when unknown.",
        ListField = "placesOfService",
        ListDescription = "The CMS Place of Service codes, filtered, ordered (by code unless ordered) and paged.",
        Rows = db => db.PlacesOfService,
        Fields =
        [
            ReferenceField<PlaceOfService>.Text("name", p => p.Name, "The name, e.g. \"Office\"."),
            ReferenceField<PlaceOfService>.Text("description", p => p.Description, "CMS's description, with its effective dates.", nullable: true),
        ],
        SourceDescription = "The Place of Service file this code was imported from.",
    };
}
