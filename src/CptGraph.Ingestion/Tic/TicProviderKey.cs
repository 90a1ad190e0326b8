namespace CptGraph.Ingestion.Tic;

/// <summary>
/// A provider group as the parser hands it on: the TIN key, and its canonical NPI set (<see cref="CptGraph.Domain.Providers.NpiSet"/>)
/// after a unit separator when the group listed any. One string rather than a record, so the provider-reference table,
/// the spill file and the parallel pieces carry NPIs without changing shape; it is split once per rate entry.
/// </summary>
internal static class TicProviderKey
{
    private const char Separator = '\u001f';

    public static string Compose(string tinKey, string npis) => npis.Length == 0 ? tinKey : tinKey + Separator + npis;

    public static (string TinKey, string Npis) Split(string providerKey)
    {
        var at = providerKey.IndexOf(Separator);
        return at < 0 ? (providerKey, "") : (providerKey[..at], providerKey[(at + 1)..]);
    }
}
