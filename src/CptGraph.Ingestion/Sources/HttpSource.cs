namespace CptGraph.Ingestion.Sources;

/// <summary>A file served over http(s), streamed (never stored whole) and resumed with Range requests after a drop.</summary>
public sealed class HttpSource(Uri url, RemoteFetcher fetcher) : IngestSource
{
    public override string Name { get; } = url.AbsoluteUri;

    public Uri Url => url;

    public override async Task<Stream> OpenAsync(CancellationToken cancellationToken)
    {
        var stream = await ResumableHttpStream.OpenAsync(fetcher, url, cancellationToken);
        Length = stream.ContentLength;
        Version = stream.Validator is { } validator ? $"{stream.ContentLength}@{validator}" : null;
        return stream;
    }
}
