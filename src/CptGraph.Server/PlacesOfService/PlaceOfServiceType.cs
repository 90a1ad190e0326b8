using CptGraph.Domain.Reference;
using CptGraph.Server.Provenance;
using GraphQL.Types;

namespace CptGraph.Server.PlacesOfService;

public sealed class PlaceOfServiceType : ObjectGraphType<PlaceOfService>
{
    public PlaceOfServiceType()
    {
        Name = "PlaceOfService";
        Description = "A CMS Place of Service code: the setting a professional claim says the service was provided in.";
        Field("code", p => p.Value).Description("The two-digit code, e.g. \"11\".");
        Field(p => p.Name).Description("The name, e.g. \"Office\".");
        Field(p => p.Description, nullable: true).Description("CMS's description, with its effective dates.");
        this.AddProvenance(p => p.IngestRunId, "The Place of Service file this code was imported from.");
    }
}
