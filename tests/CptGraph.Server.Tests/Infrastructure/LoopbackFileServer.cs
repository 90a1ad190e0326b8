using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CptGraph.Server.Tests.Infrastructure;

/// <summary>
/// A minimal HTTP/1.1 file server on 127.0.0.1 and a random port, for remote-input tests: serves byte arrays
/// by name with an ETag, honours <c>Range</c>/<c>If-Range</c> unless told not to, answers 404 for unknown
/// names and can cut the first download of a file after a given number of body bytes. It is written on a raw
/// socket because a cut must be an orderly close after the bytes were delivered (a dropped connection mid-body);
/// Kestrel's abort resets the connection, and a reset can discard bytes the client had not read yet, turning
/// the test into a failed first request instead of a resumed one. Records every request.
/// </summary>
public sealed class LoopbackFileServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _etags = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _cut = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;

    private LoopbackFileServer(bool supportsRange, long? cutAfterBytes, bool changesAtCut, bool stallsAtCut)
    {
        StallsAtCut = stallsAtCut;
        SupportsRange = supportsRange;
        CutAfterBytes = cutAfterBytes;
        ChangesAtCut = changesAtCut;
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    public bool SupportsRange { get; }

    /// <summary>Each file's first full download is cut after this many body bytes.</summary>
    public long? CutAfterBytes { get; }

    /// <summary>The file gets a new ETag when its download is cut, as if the payer republished it meanwhile.</summary>
    public bool ChangesAtCut { get; }

    /// <summary>At the cut the connection stays open and silent (a stalled download) until the server stops.</summary>
    public bool StallsAtCut { get; }

    /// <summary>One line per request: <c>/path range=... if-range=...</c>.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    public Uri BaseAddress { get; }

    public static Task<LoopbackFileServer> StartAsync(bool supportsRange = true, long? cutAfterBytes = null, bool changesAtCut = false, bool stallsAtCut = false) =>
        Task.FromResult(new LoopbackFileServer(supportsRange, cutAfterBytes, changesAtCut, stallsAtCut));

    public Uri Add(string name, byte[] content)
    {
        _files[name] = content;
        _etags[name] = "\"v1\"";
        return new Uri(BaseAddress, name);
    }

    public Uri Add(string name, string content) => Add(name, Encoding.UTF8.GetBytes(content));

    private async Task AcceptAsync()
    {
        var connections = new List<Task>();
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stopping.Token);
                connections.Add(ServeAsync(client));
            }
        }
        catch (OperationCanceledException)
        {
        }

        await Task.WhenAll(connections);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var headers = await ReadRequestAsync(stream);
            var name = headers["path"].TrimStart('/');
            var range = headers.GetValueOrDefault("range", "");
            var ifRange = headers.GetValueOrDefault("if-range", "");
            _requests.Enqueue($"/{name} range={range} if-range={ifRange}");
            if (!_files.TryGetValue(name, out var bytes))
            {
                await WriteAsync(stream, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                return;
            }

            var etag = _etags[name];
            long from = 0;
            var head = new StringBuilder();
            if (SupportsRange && range.StartsWith("bytes=", StringComparison.Ordinal) && range.EndsWith('-') && (ifRange == "" || ifRange == etag))
            {
                from = long.Parse(range["bytes=".Length..^1], CultureInfo.InvariantCulture);
                head.Append("HTTP/1.1 206 Partial Content\r\n").Append($"Content-Range: bytes {from}-{bytes.Length - 1}/{bytes.Length}\r\n");
            }
            else
            {
                head.Append("HTTP/1.1 200 OK\r\n");
            }

            head.Append(SupportsRange ? "Accept-Ranges: bytes\r\n" : "").Append($"ETag: {etag}\r\nContent-Length: {bytes.Length - from}\r\nConnection: close\r\n\r\n");
            await WriteAsync(stream, head.ToString());
            bool cut = from == 0 && CutAfterBytes is not null && _cut.TryAdd(name, true);
            if (cut && ChangesAtCut)
            {
                _etags[name] = "\"v2\"";
            }

            long end = cut ? CutAfterBytes!.Value : bytes.Length;
            await stream.WriteAsync(bytes.AsMemory((int)from, (int)(end - from)));
            if (cut && StallsAtCut)
            {
                await Task.Delay(Timeout.Infinite, _stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            // An orderly close (FIN) after the bytes: the client reads them all, then finds the body short.
            client.Client.Shutdown(SocketShutdown.Both);
        }
    }

    private static async Task<Dictionary<string, string>> ReadRequestAsync(NetworkStream stream)
    {
        var text = new StringBuilder();
        var buffer = new byte[1];
        while (!text.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(buffer) == 1)
        {
            text.Append((char)buffer[0]);
        }

        var lines = text.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["path"] = lines[0].Split(' ')[1] };
        foreach (var line in lines.Skip(1))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }

        return headers;
    }

    private static Task WriteAsync(NetworkStream stream, string text) => stream.WriteAsync(Encoding.ASCII.GetBytes(text)).AsTask();

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stopping.Dispose();
    }
}
