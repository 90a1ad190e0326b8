using System.Buffers;
using System.Net;
using System.Net.Http.Headers;

namespace CptGraph.Ingestion.Sources;

/// <summary>
/// The body of one HTTP GET, read forward once. When the connection drops (an I/O error, or the body ends
/// before its Content-Length) it asks for the rest with <c>Range: bytes=N-</c> and <c>If-Range</c> (the ETag,
/// else Last-Modified), so a 200 instead of a 206 means the server cannot resume or the file changed — both
/// end the read with a clear error rather than silently re-reading from the start. Bounded attempts per drop,
/// with backoff.
/// </summary>
internal sealed class ResumableHttpStream : Stream
{
    private readonly RemoteFetcher _fetcher;
    private readonly Uri _url;
    private readonly EntityTagHeaderValue? _etag;
    private readonly DateTimeOffset? _lastModified;
    private HttpResponseMessage _response;
    private Stream _body;
    private long _position;

    private ResumableHttpStream(RemoteFetcher fetcher, Uri url, HttpResponseMessage response, Stream body)
    {
        _fetcher = fetcher;
        _url = url;
        _response = response;
        _body = body;
        _etag = response.Headers.ETag;
        _lastModified = response.Content.Headers.LastModified;
        ContentLength = response.Content.Headers.ContentLength;
    }

    /// <summary>The body's size, if the server sent a Content-Length.</summary>
    public long? ContentLength { get; }

    /// <summary>The ETag, else Last-Modified: what a resumed request must still match.</summary>
    public string? Validator => _etag?.ToString() ?? _lastModified?.ToString("R");

    /// <summary>Bytes handed out so far.</summary>
    public long BytesRead => _position;

    public static async Task<ResumableHttpStream> OpenAsync(RemoteFetcher fetcher, Uri url, CancellationToken cancellationToken)
    {
        var response = await fetcher.GetAsync(url, null, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw new IngestionException(url.AbsoluteUri, "HTTP", $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }
        }

        return new ResumableHttpStream(fetcher, url, response, await response.Content.ReadAsStreamAsync(cancellationToken));
    }

    public override int Read(Span<byte> buffer)
    {
        for (int attempt = 1; ; attempt++)
        {
            string drop;
            try
            {
                int read = ReadWithTimeout(buffer);
                if (read > 0 || buffer.Length == 0 || ContentLength is not { } length || _position >= length)
                {
                    _position += read;
                    return read;
                }

                drop = $"the body ended at byte {_position} of {length}";
            }
            catch (Exception e) when (RemoteFetcher.IsNetworkFailure(e, CancellationToken.None))
            {
                drop = e.Message;
            }

            if (attempt >= _fetcher.Options.MaxAttempts)
            {
                throw Error($"the connection dropped and {attempt - 1} resume attempts failed (last: {drop})");
            }

            _fetcher.Backoff(attempt);
            Resume(drop);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    // The body stream has no read timeout, so the read runs async with a deadline; the copy through a pooled
    // array costs a memcpy per block, small next to parsing it.
    private int ReadWithTimeout(Span<byte> buffer)
    {
        byte[] block = ArrayPool<byte>.Shared.Rent(buffer.Length);
        try
        {
            using var deadline = new CancellationTokenSource(_fetcher.Options.ReadTimeout);
            int read = _body.ReadAsync(block.AsMemory(0, buffer.Length), deadline.Token).AsTask().GetAwaiter().GetResult();
            block.AsSpan(0, read).CopyTo(buffer);
            return read;
        }
        catch (OperationCanceledException e)
        {
            throw new IOException($"no data for {_fetcher.Options.ReadTimeout.TotalSeconds:0.#} s", e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }
    }

    private void Resume(string drop)
    {
        _body.Dispose();
        _response.Dispose();
        long from = _position;
        _response = _fetcher.GetAsync(_url, AskForRest, CancellationToken.None).GetAwaiter().GetResult();
        if (_response.StatusCode == HttpStatusCode.OK)
        {
            throw Error(_etag is null && _lastModified is null
                ? $"the connection dropped ({drop}) and the server ignores Range requests: the download is not resumable"
                : $"the connection dropped ({drop}) and the server sent the whole file again: it changed since the read began or it ignores Range requests, so the download is not resumable");
        }

        if (_response.StatusCode != HttpStatusCode.PartialContent)
        {
            throw Error($"the connection dropped ({drop}) and the resume request was answered {(int)_response.StatusCode} {_response.ReasonPhrase}");
        }

        if (_response.Content.Headers.ContentRange?.From != from)
        {
            throw Error($"the server resumed at '{_response.Content.Headers.ContentRange}' instead of byte {from}");
        }

        _body = _response.Content.ReadAsStream();

        void AskForRest(HttpRequestMessage request)
        {
            request.Headers.Range = new RangeHeaderValue(from, null);
            if (_etag is { IsWeak: false })
            {
                request.Headers.IfRange = new RangeConditionHeaderValue(_etag);
            }
            else if (_lastModified is { } lastModified)
            {
                request.Headers.IfRange = new RangeConditionHeaderValue(lastModified);
            }
        }
    }

    private IngestionException Error(string problem) => new(_url.AbsoluteUri, $"byte {_position}", problem);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _body.Dispose();
            _response.Dispose();
        }

        base.Dispose(disposing);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => ContentLength ?? throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
