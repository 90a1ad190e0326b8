using CptGraph.Domain.Ingestion;

namespace CptGraph.Ingestion.Runs;

/// <summary>What an ingest did: the recorded run, or for a skip the earlier run whose identical input made this one a no-op.</summary>
/// <param name="SkipReason">For a skip, why: what was already ingested by which run (and, for a TiC file, as which payer).</param>
public sealed record IngestResult(IngestRun Run, bool Skipped, IReadOnlyList<string> Warnings, string? SkipReason = null);
