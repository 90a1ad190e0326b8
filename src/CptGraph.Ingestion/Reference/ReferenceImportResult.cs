using CptGraph.Domain.Ingestion;

namespace CptGraph.Ingestion.Reference;

/// <summary>The run that holds the file's rows: this import's, or for a repeat (<paramref name="Skipped"/>) the earlier one.</summary>
public sealed record ReferenceImportResult(IngestRun Run, bool Skipped);
