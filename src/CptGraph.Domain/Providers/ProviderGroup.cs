namespace CptGraph.Domain.Providers;

/// <summary>
/// A TiC provider group as a rate names it: one TIN with the set of NPIs listed beside it. Observations keep the TIN
/// as their contract key (<c>ProviderKey</c>) and point here for the NPIs, so state and taxonomy cuts can look the
/// providers up without the NPIs entering the deduplication key. Two groups with the same TIN and different NPIs are
/// two rows; which one an observation keeps is documented in docs/ingest.md ("Provider groups").
/// </summary>
public sealed class ProviderGroup
{
    public int Id { get; set; }

    /// <summary>The TIN key, as on the observation: <c>tin:ein:123456789</c> or <c>tin:npi:1111111111</c>.</summary>
    public required string ProviderKey { get; set; }

    /// <summary>The first 16 bytes of SHA-256 over <see cref="Npis"/>, hex: the NPI set's identity, short enough to index on every store.</summary>
    public required string NpiSetHash { get; set; }

    /// <summary>The distinct NPIs, sorted, joined by <c>,</c>; empty when the file listed none.</summary>
    public string Npis { get; set; } = "";

    public int NpiCount { get; set; }
}
