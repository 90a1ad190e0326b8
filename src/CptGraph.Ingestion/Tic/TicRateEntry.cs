namespace CptGraph.Ingestion.Tic;

/// <summary>
/// One <c>negotiated_rates</c> object: who (inline provider groups and/or provider reference ids) gets
/// which prices. Small enough to hold in memory while its references or the file header are pending.
/// </summary>
internal sealed class TicRateEntry
{
    /// <summary><c>tin:{type}:{value}</c> of the inline <c>provider_groups</c>, in file order, possibly repeated.</summary>
    public List<string> ProviderKeys { get; } = [];

    /// <summary>The <c>provider_references</c> ids, as their exact JSON number text.</summary>
    public List<string> ReferenceIds { get; } = [];

    public List<TicPrice> Prices { get; } = [];
}
