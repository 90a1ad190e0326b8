using CptGraph.Domain.Ingestion;
using GraphQL.Types;

namespace CptGraph.Server.Provenance;

/// <summary>Where an official fact came from: the import run that wrote it.</summary>
public sealed class ProvenanceType : ObjectGraphType<IngestRun>
{
    /// <summary>How many hex digits of the file's SHA-256 identify it at a glance.</summary>
    public const int Sha256PrefixLength = 12;

    public ProvenanceType()
    {
        Name = "Provenance";
        Description = "The official file a fact was imported from.";
        Field("set", r => r.Kind).Description("The code set, e.g. ICD10CM, HCPCS_LEVEL_II, NCCI_ADD_ON, NCCI_MUE_PRACTITIONER, MEDICARE_PFS.");
        Field("file", r => Path.GetFileName(r.Source)).Description("The imported file's name.");
        Field(r => r.Release, nullable: true).Description("The release the file is, e.g. FY2026 or 2026Q2; null when neither the file name nor --release named it.");
        Field<NonNullGraphType<StringGraphType>>("sha256Prefix").Description($"The first {Sha256PrefixLength} hex digits of the file's SHA-256.")
            .Resolve(c => c.Source.Sha256.Length > Sha256PrefixLength ? c.Source.Sha256[..Sha256PrefixLength] : c.Source.Sha256);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("importedAt").Description("When the import started (UTC).").Resolve(c => c.Source.StartedAt);
        Field("runId", r => r.Id).Description("The import run (see ingestRuns).");
    }
}
