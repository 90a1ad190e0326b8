using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CptGraph.Server.Tests.Infrastructure;

/// <summary>
/// An OTLP/HTTP trace collector on 127.0.0.1 and a free port: keeps the body of every <c>POST /v1/traces</c> (protobuf,
/// unparsed; tests look for the bytes of a trace id or a span name in them) and answers 200. Stopped on dispose.
/// </summary>
public sealed class LoopbackOtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<byte[]> _exports = new();

    private LoopbackOtlpCollector(WebApplication app) => _app = app;

    /// <summary>The value for <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (the exporter appends <c>/v1/traces</c>).</summary>
    public string Endpoint => _app.Urls.Single();

    public IReadOnlyCollection<byte[]> Exports => _exports;

    public static async Task<LoopbackOtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{ServerProcess.FreePort()}");
        var app = builder.Build();
        var collector = new LoopbackOtlpCollector(app);
        app.MapPost("/v1/traces", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            collector._exports.Enqueue(body.ToArray());
            return Results.Ok();
        });
        await app.StartAsync();
        return collector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
