using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Health;

/// <summary>
/// With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set (the standard variable), the server exports its traces over OTLP: an
/// operation sent with a W3C <c>traceparent</c> reaches the collector in that trace, with our <c>graphql</c> span.
/// (Unset, no tracing SDK runs: <see cref="OperationLogTests"/> still finds the trace id in the log.)
/// </summary>
public sealed class OtlpTracingTests
{
    [Fact]
    public async Task WithAnOtlpEndpoint_AnOperationsTrace_ReachesTheCollector()
    {
        // Arrange
        await using var collector = await LoopbackOtlpCollector.StartAsync();
        var folder = Directory.CreateTempSubdirectory("cptgraph-otlp-");
        try
        {
            await using var server = await ServerProcess.StartAsync(Path.Combine(folder.FullName, "otlp.db"), new Dictionary<string, string>
            {
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint,
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
                ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            });
            var traceId = RandomNumberGenerator.GetBytes(16);
            using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = JsonContent.Create(new { query = "query OtlpProbe { codes(first: 1) { nodes { code } } }" }),
            };
            request.Headers.Add("traceparent", $"00-{Convert.ToHexStringLower(traceId)}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-01");

            // Act
            using var response = await client.SendAsync(request);
            Assert.DoesNotContain("\"errors\"", await response.Content.ReadAsStringAsync());
            var export = await WaitForExportAsync(collector, traceId);

            // Assert: the raw trace id (protobuf bytes field) and our span's name are in the same export.
            Assert.True(export is not null, $"no OTLP export carried the trace; {collector.Exports.Count} exports received\n{server.Log}");
            Assert.True(export.AsSpan().IndexOf(Encoding.UTF8.GetBytes("graphql OtlpProbe")) >= 0, "the graphql span is not in the export");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The first export holding <paramref name="traceId"/>, waiting (bounded) for the exporter's batch.</summary>
    private static async Task<byte[]?> WaitForExportAsync(LoopbackOtlpCollector collector, byte[] traceId)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var export = collector.Exports.FirstOrDefault(e => e.AsSpan().IndexOf(traceId) >= 0
                && e.AsSpan().IndexOf(Encoding.UTF8.GetBytes("graphql OtlpProbe")) >= 0);
            if (export is not null)
            {
                return export;
            }

            await Task.Delay(100);
        }

        return collector.Exports.FirstOrDefault(e => e.AsSpan().IndexOf(traceId) >= 0);
    }
}
