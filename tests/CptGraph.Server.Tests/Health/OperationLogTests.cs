using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Health;

/// <summary>
/// The server as deployed (its own process, Production, no OTLP endpoint so no tracing SDK) logs JSON lines. An executed
/// GraphQL operation that failed or was slow (<c>GraphQL:OperationLog:SlowMilliseconds</c>, 1 s by default) gets one at
/// Information carrying its name, type, transport, duration, error count and the trace id of the W3C <c>traceparent</c>
/// the client sent, both in the line's fields and in its scope; a fast, successful one is logged at Debug only.
/// </summary>
public sealed class OperationLogTests
{
    [Fact]
    public Task AnOperationWithATraceparent_IsLoggedAsJson_WithItsNameAndTraceId() =>
        // Every operation counts as slow here, so this successful one is logged at Information.
        WithDeployedServerAsync(new() { ["GraphQL__OperationLog__SlowMilliseconds"] = "0" }, async (server, client) =>
        {
            // Arrange
            var traceId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = JsonContent.Create(new { query = "query OperationLogProbe { codes(first: 1) { nodes { code } } }" }),
            };
            request.Headers.Add("traceparent", $"00-{traceId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-01");

            // Act
            using var response = await client.SendAsync(request);
            Assert.DoesNotContain("\"errors\"", await response.Content.ReadAsStringAsync());
            await server.WaitForLogAsync("OperationLogProbe");

            // Assert
            var line = server.Log.Split('\n').Select(Parse).OfType<JsonElement>().SingleOrDefault(l => OperationNameOf(l) == "OperationLogProbe");
            Assert.True(line.ValueKind == JsonValueKind.Object, server.Log);
            var fields = line.GetProperty("State");
            Assert.Equal("query", fields.GetProperty("OperationType").GetString());
            Assert.Equal("http", fields.GetProperty("Transport").GetString());
            Assert.Equal(0, fields.GetProperty("ErrorCount").GetInt32());
            Assert.True(fields.GetProperty("DurationMs").GetDouble() > 0, fields.GetRawText());
            Assert.Equal(traceId, fields.GetProperty("TraceId").GetString());
            Assert.Contains(line.GetProperty("Scopes").EnumerateArray(),
                scope => scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty("TraceId", out var id) && id.GetString() == traceId);
        });

    [Fact]
    public Task ByDefault_AFailedOperationIsLogged_AndAFastSuccessfulOneIsNot() =>
        WithDeployedServerAsync([], async (server, client) =>
        {
            // Act: a fast successful operation, then one whose resolver refuses its input (a coded execution error).
            var quiet = await (await client.PostAsJsonAsync("/graphql", new { query = "query OperationLogQuiet { codes(first: 1) { nodes { code } } }" }))
                .Content.ReadAsStringAsync();
            var failing = await (await client.PostAsJsonAsync("/graphql", new { query = "query OperationLogFailing { searchCodes(text: \"!!!\") { nodes { code } } }" }))
                .Content.ReadAsStringAsync();
            await server.WaitForLogAsync("OperationLogFailing");

            // Assert: the failing one has its line at Information with its error count; the quiet one none (both ran).
            Assert.DoesNotContain("\"errors\"", quiet);
            Assert.Contains("SEARCH_TEXT_EMPTY", failing);
            var lines = server.Log.Split('\n').Select(Parse).OfType<JsonElement>().ToList();
            var line = Assert.Single(lines, l => OperationNameOf(l) == "OperationLogFailing");
            Assert.Equal("Information", line.GetProperty("LogLevel").GetString());
            Assert.Equal(1, line.GetProperty("State").GetProperty("ErrorCount").GetInt32());
            Assert.DoesNotContain(lines, l => OperationNameOf(l) == "OperationLogQuiet");
        });

    // The server as deployed (its own process, Production, no OTLP endpoint so no tracing SDK) on a database in a
    // folder of its own, removed afterwards, with the extra settings given.
    private static async Task WithDeployedServerAsync(Dictionary<string, string> settings, Func<ServerProcess, HttpClient, Task> test)
    {
        var folder = Directory.CreateTempSubdirectory("cptgraph-log-");
        try
        {
            var environment = new Dictionary<string, string>(settings) { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "" };
            await using var server = await ServerProcess.StartAsync(Path.Combine(folder.FullName, "log.db"), environment);
            using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            await test(server, client);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string? OperationNameOf(JsonElement line) =>
        line.TryGetProperty("State", out var state) && state.TryGetProperty("OperationName", out var name) ? name.GetString() : null;

    /// <summary>The line as JSON, or null for a line that is not a JSON object (the test host's, or a partial one).</summary>
    private static JsonElement? Parse(string line)
    {
        try
        {
            return line.StartsWith('{') ? JsonDocument.Parse(line).RootElement : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
