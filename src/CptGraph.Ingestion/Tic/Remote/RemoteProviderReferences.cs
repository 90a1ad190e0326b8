using System.Collections.Concurrent;
using CptGraph.Ingestion.Sources;

namespace CptGraph.Ingestion.Tic.Remote;

/// <summary>
/// Fetches the remote provider-reference files (v1 <c>provider_references[].location</c>) of one run: each URL
/// once, several at a time, starting as soon as the reference is read so the downloads overlap the parse.
/// A URL that cannot be fetched or read is reported in <see cref="Failures"/> and its rates count as
/// unresolved provider — never silently dropped.
/// </summary>
public sealed class RemoteProviderReferences(RemoteFetcher fetcher)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<List<string>?>>> _fetches = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly SemaphoreSlim _slots = new(fetcher.Options.MaxConcurrentFetches);

    /// <summary>One line per URL that failed: the URL and why.</summary>
    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Starts fetching <paramref name="location"/> (once per URL); the task yields its provider keys, or null on failure.</summary>
    public Task<List<string>?> Request(string location) =>
        _fetches.GetOrAdd(location, url => new Lazy<Task<List<string>?>>(() => FetchAsync(url))).Value;

    private async Task<List<string>?> FetchAsync(string location)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return Fail(location, "not an http(s) URL");
        }

        await _slots.WaitAsync();
        try
        {
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    return await FetchOnceAsync(url);
                }
                catch (Exception e) when (RemoteFetcher.IsNetworkFailure(e, CancellationToken.None) && attempt < fetcher.Options.MaxAttempts)
                {
                    await Task.Delay(fetcher.Options.DelayAfter(attempt));
                }
                catch (Exception e) when (e is IngestionException or HttpRequestException or IOException or TaskCanceledException)
                {
                    return Fail(location, e is IngestionException ingestion ? ingestion.Problem : e.Message);
                }
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<List<string>?> FetchOnceAsync(Uri url)
    {
        using var response = await fetcher.GetAsync(url, null, CancellationToken.None);
        if (!response.IsSuccessStatusCode)
        {
            return Fail(url.AbsoluteUri, $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        await using var body = await response.Content.ReadAsStreamAsync();
        using var input = TicInput.Open(body, url.AbsoluteUri);
        using var json = new JsonTokenStream(input, url.AbsoluteUri);
        return TicFileParser.ReadProviderReferenceFile(json);
    }

    private List<string>? Fail(string location, string problem)
    {
        _failures.Enqueue($"remote provider reference {location} could not be fetched ({problem}); its rates are counted as unresolved provider");
        return null;
    }
}
