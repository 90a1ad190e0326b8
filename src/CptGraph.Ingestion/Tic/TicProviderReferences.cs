namespace CptGraph.Ingestion.Tic;

/// <summary>
/// The file's top-level <c>provider_references</c>, keyed by the exact JSON number text of
/// <c>provider_group_id</c>: 1.x allows non-integer ids such as <c>40.0000000001</c>, which a parsed
/// double or decimal would round into (or compare equal to) another group. So <c>1</c> and <c>1.0</c> are
/// different keys, as written.
/// </summary>
internal sealed class TicProviderReferences
{
    // A null value is a reference whose groups live at a remote location (not fetched yet) or are missing.
    private readonly Dictionary<string, List<string>?> _groups = new(StringComparer.Ordinal);

    /// <summary>Adds a reference; false when the id is already defined.</summary>
    /// <param name="id">The exact number text of <c>provider_group_id</c>.</param>
    /// <param name="providerKeys">The group's provider keys, or null when only a remote location was given.</param>
    public bool TryAdd(string id, List<string>? providerKeys) =>
        _groups.TryAdd(id, providerKeys is null ? null : [.. providerKeys.Distinct(StringComparer.Ordinal)]);

    /// <summary>
    /// The distinct provider keys of an entry (inline groups first, then referenced groups, in file order)
    /// and how many distinct reference ids could not be resolved (unknown, or remote only).
    /// </summary>
    public (List<string> ProviderKeys, int Unresolved) Resolve(TicRateEntry entry)
    {
        // The common shape (one reference, no inline groups) needs no de-duplication sets: the stored list is
        // already distinct, and callers only read it.
        if (entry.ProviderKeys.Count == 0 && entry.ReferenceIds.Count == 1)
        {
            return _groups.TryGetValue(entry.ReferenceIds[0], out List<string>? only) && only is not null
                ? (only, 0)
                : ([], 1);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (string key in entry.ProviderKeys)
        {
            if (seen.Add(key))
            {
                keys.Add(key);
            }
        }

        int unresolved = 0;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in entry.ReferenceIds)
        {
            if (!ids.Add(id))
            {
                continue;
            }

            if (_groups.TryGetValue(id, out List<string>? groupKeys) && groupKeys is not null)
            {
                keys.AddRange(groupKeys.Where(seen.Add));
            }
            else
            {
                unresolved++;
            }
        }

        return (keys, unresolved);
    }
}
