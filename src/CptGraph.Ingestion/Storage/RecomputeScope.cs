namespace CptGraph.Ingestion.Storage;

/// <summary>
/// Which distributions an ingest invalidated. A TiC file touches one payer vintage of some codes
/// (<see cref="PayerId"/> and <see cref="VintageMonth"/> set); a Medicare fee schedule touches every payer's
/// distributions of its codes, because the Medicare-ratio screening rule of every observation depends on it.
/// </summary>
public sealed record RecomputeScope(IReadOnlyCollection<int> CodeIds, int? PayerId = null, string? VintageMonth = null)
{
    /// <summary>True when only one payer vintage (and the BUCA aggregate, for a BUCA payer) is recomputed.</summary>
    public bool IsPayerVintage => PayerId is not null && VintageMonth is not null;
}
