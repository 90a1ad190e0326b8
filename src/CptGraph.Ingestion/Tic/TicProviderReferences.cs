using CptGraph.Ingestion.Tic.Remote;

namespace CptGraph.Ingestion.Tic;

/// <summary>
/// The file's top-level <c>provider_references</c>, keyed by the exact JSON number text of
/// <c>provider_group_id</c>: 1.x allows non-integer ids such as <c>40.0000000001</c>, which a parsed
/// double or decimal would round into (or compare equal to) another group. So <c>1</c> and <c>1.0</c> are
/// different keys, as written.
/// </summary>
/// <remarks>
/// Held in memory up to <paramref name="spillAfterGroups"/> groups; past that the whole table moves to a
/// <see cref="TicReferenceStore"/> on disk and is read through a small cache, so a file with millions of provider
/// groups (before or after <c>in_network</c>) needs no more RAM than one with a thousand.
/// </remarks>
/// <param name="remote">Fetches <c>location</c> references; without it they stay unresolved.</param>
/// <param name="spillAfterGroups">Groups held in memory before the table moves to disk (0: from the first).</param>
internal sealed class TicProviderReferences(RemoteProviderReferences? remote = null, int spillAfterGroups = TicProviderReferences.DefaultSpillAfterGroups) : IDisposable
{
    /// <summary>About 16 MB of groups as objects: the same budget as the pending buffer's.</summary>
    public const int DefaultSpillAfterGroups = 65_536;

    // Looked-up groups kept after the spill: rates of one item often name the same groups again.
    private const int CachedGroups = 4_096;

    // A null value is a reference whose groups are missing, or live at a remote location (see _remote).
    private readonly Dictionary<string, List<string>?> _groups = new(StringComparer.Ordinal);

    // Remote groups being fetched; an entry moves into _fetched the first time a rate needs it.
    private readonly Dictionary<string, Task<List<string>?>> _remote = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>?> _fetched = new(StringComparer.Ordinal);

    // Null until the table outgrows memory; from then on every group lives there and _groups is a bounded cache.
    private TicReferenceStore? _store;

    /// <summary>Adds a reference; false when the id is already defined.</summary>
    /// <param name="id">The exact number text of <c>provider_group_id</c>.</param>
    /// <param name="providerKeys">The group's provider keys, or null when only a remote location was given.</param>
    /// <param name="location">The URL of a remote provider-reference file (v1), if given instead of groups.</param>
    public bool TryAdd(string id, List<string>? providerKeys, string? location = null)
    {
        // Stored distinct, so the one-reference fast path in Resolve can hand the list out as it is.
        List<string>? distinct = providerKeys is null ? null : [.. providerKeys.Distinct(StringComparer.Ordinal)];
        if (_store is null && _groups.Count >= spillAfterGroups)
        {
            Spill();
        }

        if (_store is not null ? !_store.TryAdd(id, distinct) : !_groups.TryAdd(id, distinct))
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

    public void Dispose() => _store?.Dispose();

    private List<string>? GroupKeys(string id)
    {
        if (_remote.Remove(id, out Task<List<string>?>? fetch))
        {
            // The parser waits here only if the download has not finished by the time a rate needs it.
            _fetched[id] = fetch.GetAwaiter().GetResult();
        }

        if (_fetched.Count > 0 && _fetched.TryGetValue(id, out List<string>? fetched))
        {
            return fetched;
        }

        if (_store is null)
        {
            return _groups.GetValueOrDefault(id);
        }

        if (_groups.TryGetValue(id, out List<string>? cached))
        {
            return cached;
        }

        if (!_store.TryGet(id, out cached))
        {
            return null;
        }

        if (_groups.Count >= CachedGroups)
        {
            _groups.Clear();
        }

        _groups[id] = cached;
        return cached;
    }

    // Everything held so far moves to disk, in the order it was read; _groups becomes the lookup cache.
    private void Spill()
    {
        _store = new TicReferenceStore();
        foreach (var (id, keys) in _groups)
        {
            _store.TryAdd(id, keys);
        }

        _groups.Clear();
        _groups.TrimExcess();
    }
}
