namespace CptGraph.Ingestion.Reference;

/// <summary>One official code set's importer: how it reads its file and what it writes, inside the runner's transaction.</summary>
public interface IReferenceSet
{
    /// <summary>The import run kind, e.g. <c>ICD10CM</c>.</summary>
    string Kind { get; }

    /// <summary>The release named by the file (e.g. <c>FY2026</c> from <c>icd10cm-codes-2026.txt</c>), or null.</summary>
    string? ReleaseOf(string path);

    /// <summary>Streams the file and writes its rows through <paramref name="context"/>; throws <see cref="IngestionException"/> on bad input.</summary>
    void Import(ReferenceImportContext context, CancellationToken cancellationToken);
}
