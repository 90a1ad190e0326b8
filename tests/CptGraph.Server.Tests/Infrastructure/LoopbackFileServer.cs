using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace CptGraph.Server.Tests.Infrastructure;

/// <summary>
/// A Kestrel file server on 127.0.0.1 and a random port, for remote-input tests: serves byte arrays by name
/// with an ETag, honours <c>Range</c>/<c>If-Range</c> unless told not to, answers 404 for unknown names and can
/// cut the first download of a file after a given number of bytes (the connection is aborted, as a dropped
/// network would). Records every request so a test can check what was asked.
/// </summary>
public sealed class LoopbackFileServer : IAsyncDisposable
{
    private const string ETag = "\"v1\"";
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _cut = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly WebApplication _app;

    private LoopbackFileServer(bool supportsRange, long? cutAfterBytes)
    {
        SupportsRange = supportsRange;
        CutAfterBytes = cutAfterBytes;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(ServeAsync);
    }

    public bool SupportsRange { get; }

    /// <summary>Each file's first full download is aborted after this many body bytes.</summary>
    public long? CutAfterBytes { get; }

    /// <summary>One line per request: <c>/path range=... if-range=...</c>.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<LoopbackFileServer> StartAsync(bool supportsRange = true, long? cutAfterBytes = null)
    {
        var server = new LoopbackFileServer(supportsRange, cutAfterBytes);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address + "/");
        return server;
    }

    public Uri Add(string name, byte[] content)
    {
        _files[name] = content;
        return new Uri(BaseAddress, name);
    }

    public Uri Add(string name, string content) => Add(name, System.Text.Encoding.UTF8.GetBytes(content));

    private async Task ServeAsync(HttpContext context)
    {
        var name = context.Request.Path.Value!.TrimStart('/');
        var range = context.Request.Headers.Range.ToString();
        _requests.Enqueue($"/{name} range={range} if-range={context.Request.Headers.IfRange}");
        if (!_files.TryGetValue(name, out var bytes))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.Headers.ETag = ETag;
        long from = 0;
        if (SupportsRange)
        {
            context.Response.Headers.AcceptRanges = "bytes";
            bool sameVersion = context.Request.Headers.IfRange.Count == 0 || context.Request.Headers.IfRange == ETag;
            if (range.StartsWith("bytes=", StringComparison.Ordinal) && range.EndsWith('-') && sameVersion)
            {
                from = long.Parse(range["bytes=".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
                context.Response.StatusCode = StatusCodes.Status206PartialContent;
                context.Response.Headers.ContentRange = $"bytes {from}-{bytes.Length - 1}/{bytes.Length}";
            }
        }

        context.Response.ContentLength = bytes.Length - from;
        bool cut = from == 0 && CutAfterBytes is not null && _cut.TryAdd(name, true);
        int end = cut ? (int)CutAfterBytes!.Value : bytes.Length;
        await context.Response.Body.WriteAsync(bytes.AsMemory((int)from, end - (int)from));
        await context.Response.Body.FlushAsync();
        if (cut)
        {
            context.Abort();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
