using CptGraph.Ingestion.Tic.Remote;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// The file's top-level <c>provider_references</c>, keyed by the exact JSON number text of
/// <c>provider_group_id</c>: 1.x allows non-integer ids such as <c>40.0000000001</c>, which a parsed
/// double or decimal would round into (or compare equal to) another group. So <c>1</c> and <c>1.0</c> are
/// different keys, as written.
/// </summary>
/// <param name="remote">Fetches <c>location</c> references; without it they stay unresolved.</param>
internal sealed class TicProviderReferences(RemoteProviderReferences? remote = null)
{
    // A null value is a reference whose groups are missing, or live at a remote location (see _remote).
    private readonly Dictionary<string, List<string>?> _groups = new(StringComparer.Ordinal);

    // Remote groups being fetched; an entry moves into _groups the first time a rate needs it.
    private readonly Dictionary<string, Task<List<string>?>> _remote = new(StringComparer.Ordinal);

    /// <summary>Adds a reference; false when the id is already defined.</summary>
    /// <param name="id">The exact number text of <c>provider_group_id</c>.</param>
    /// <param name="providerKeys">The group's provider keys, or null when only a remote location was given.</param>
    /// <param name="location">The URL of a remote provider-reference file (v1), if given instead of groups.</param>
    public bool TryAdd(string id, List<string>? providerKeys, string? location = null)
    {
        // Stored distinct, so the one-reference fast path in Resolve can hand the list out as it is.
        if (!_groups.TryAdd(id, providerKeys is null ? null : [.. providerKeys.Distinct(StringComparer.Ordinal)]))
        {
            return false;
        }

        if (providerKeys is null && location is not null && remote is not null)
        {
            _remote[id] = remote.Request(location);
        }

        return true;
    }

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
            return GroupKeys(entry.ReferenceIds[0]) is { } only ? (only, 0) : ([], 1);
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

            if (GroupKeys(id) is { } groupKeys)
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

    private List<string>? GroupKeys(string id)
    {
        if (_remote.Remove(id, out Task<List<string>?>? fetch))
        {
            // The parser waits here only if the download has not finished by the time a rate needs it.
            _groups[id] = fetch.GetAwaiter().GetResult();
        }

        return _groups.GetValueOrDefault(id);
    }
}
