using System.Security.Cryptography;
using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Cli;

public sealed class IngestRemoteCommandTests : IDisposable
{
    private static readonly string[] RateTables = ["Payers", "RateDistributions", "RateObservations"];
    private readonly CliTestDirectory _directory = new();

    [Fact]
    public async Task UrlCutMidFile_ResumesWithRange_AndEqualsLocalIngest()
    {
        // Arrange: a gzip file served under a name that does not say so, cut after 40% of its bytes.
        var gzip = TicFixtures.Gzip(TicFixtures.InNetwork("Aetna Life Insurance Company", codes: 400, tins: 3));
        var local = Path.Combine(_directory.Path, "local.json.gz");
        await File.WriteAllBytesAsync(local, gzip);
        var localDatabase = Path.Combine(_directory.Path, "local.db");
        await using var server = await LoopbackFileServer.StartAsync(cutAfterBytes: gzip.Length * 4 / 10);
        var url = server.Add("files/in-network", gzip);

        // Act
        var remote = await CliRun.RunAsync("ingest", "tic", url.AbsoluteUri, "--db", _directory.Database);
        var reference = await CliRun.RunAsync("ingest", "tic", local, "--db", localDatabase);

        // Assert
        Assert.Equal(0, remote.ExitCode);
        Assert.StartsWith($"ingested {url.AbsoluteUri}: run 1, {gzip.Length} bytes, kept 1200,", remote.Output);
        Assert.Equal(0, reference.ExitCode);
        Assert.Equal(DatabaseSnapshot.Of(localDatabase, RateTables), DatabaseSnapshot.Of(_directory.Database, RateTables));
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal($"/files/in-network range=bytes={gzip.Length * 4 / 10}- if-range=\"v1\"", server.Requests.Last());
        await using var graph = new CptGraphServerFactory(_directory.Database);
        using var response = await graph.QueryAsync("{ ingestRuns { source status sha256 bytes counts { kept } } }");
        var run = Assert.Single(response.RootElement.GetProperty("data").GetProperty("ingestRuns").EnumerateArray());
        Assert.Equal(url.AbsoluteUri, run.GetProperty("source").GetString());
        Assert.Equal("SUCCEEDED", run.GetProperty("status").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(gzip)), run.GetProperty("sha256").GetString());
        Assert.Equal(gzip.Length, run.GetProperty("bytes").GetInt64());
    }

    [Fact]
    public async Task UrlCutMidFile_ServerWithoutRange_FailsClearly_DatabaseUnchanged_FailedRunRecorded()
    {
        // Arrange
        var json = TicFixtures.InNetwork("Aetna Life Insurance Company", codes: 400, tins: 3);
        await CliRun.RunAsync("ingest", "tic", _directory.Write("good.json", TicFixtures.InNetwork("Cigna Health and Life Insurance Company", codes: 2, tins: 1)), "--db", _directory.Database);
        var before = DatabaseSnapshot.Of(_directory.Database);
        await using var server = await LoopbackFileServer.StartAsync(supportsRange: false, cutAfterBytes: json.Length / 2);
        var url = server.Add("in-network.json", json);

        // Act
        var run = await CliRun.RunAsync("ingest", "tic", url.AbsoluteUri, "--db", _directory.Database);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {url.AbsoluteUri}: byte {json.Length / 2}: the connection dropped", run.Error);
        Assert.Contains("the download is not resumable", run.Error);
        Assert.Equal(before, DatabaseSnapshot.Of(_directory.Database));
        await using var graph = new CptGraphServerFactory(_directory.Database);
        using var response = await graph.QueryAsync("{ ingestRuns(status: FAILED) { runId source status error bytes counts { kept } } }");
        var failed = Assert.Single(response.RootElement.GetProperty("data").GetProperty("ingestRuns").EnumerateArray());
        Assert.Equal(2, failed.GetProperty("runId").GetInt32());
        Assert.Equal(url.AbsoluteUri, failed.GetProperty("source").GetString());
        Assert.Contains("not resumable", failed.GetProperty("error").GetString());
        Assert.Equal(json.Length / 2, failed.GetProperty("bytes").GetInt64());
        Assert.Equal(0, failed.GetProperty("counts").GetProperty("kept").GetInt64());
    }

    [Fact]
    public async Task RemoteProviderReferences_OneFetchedOne404_ReportedWithUrl_AndCountedUnresolved()
    {
        // Arrange
        await using var server = await LoopbackFileServer.StartAsync();
        var found = server.Add("refs/group-1.json", TicFixtures.ProviderReferenceFile("22-2222222", "33-3333333"));
        var missing = new Uri(server.BaseAddress, "refs/group-2.json");
        var file = _directory.Write("v1-remote.json", TicFixtures.WithRemoteReferences(found, missing));
        await CliRun.RunAsync("import", "payers", Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json"), "--db", _directory.Database);

        // Act
        var run = await CliRun.RunAsync("ingest", "tic", file, "--db", _directory.Database);

        // Assert: 99214 and 99213 at both TINs of group 1; 99215 (group 2 only) and 99213's group 2 are unresolved.
        Assert.Equal(0, run.ExitCode);
        var warning = $"remote provider reference {missing.AbsoluteUri} could not be fetched (the server answered 404 Not Found); its rates are counted as unresolved provider";
        Assert.Contains($"kept 4, duplicate 0", run.Output);
        Assert.Contains("unresolved provider 2", run.Output);
        Assert.Contains($"warning: {warning}", run.Output);
        Assert.Single(server.Requests, r => r.StartsWith("/refs/group-1.json ", StringComparison.Ordinal));
        await using var graph = new CptGraphServerFactory(_directory.Database);
        using var response = await graph.QueryAsync("""{ ingestRuns { warnings counts { kept unresolvedProvider } } code(code: "99214") { rates { count mean } } }""");
        var data = response.RootElement.GetProperty("data");
        var recorded = Assert.Single(data.GetProperty("ingestRuns").EnumerateArray());
        Assert.Equal([warning], recorded.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(2, recorded.GetProperty("counts").GetProperty("unresolvedProvider").GetInt64());
        var rate = Assert.Single(data.GetProperty("code").GetProperty("rates").EnumerateArray());
        Assert.Equal(2, rate.GetProperty("count").GetInt32());
        Assert.Equal(120m, rate.GetProperty("mean").GetDecimal());
    }

    [Fact]
    public async Task UrlChangedWhileDownloading_IsNotSplicedTogether_FailsClearly()
    {
        // Arrange: the file gets a new ETag when its first download is cut, as if republished meanwhile.
        var json = TicFixtures.InNetwork("Aetna Life Insurance Company", codes: 100, tins: 2);
        await using var server = await LoopbackFileServer.StartAsync(cutAfterBytes: json.Length / 3, changesAtCut: true);
        var url = server.Add("in-network.json", json);

        // Act
        var run = await CliRun.RunAsync("ingest", "tic", url.AbsoluteUri, "--db", _directory.Database);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {url.AbsoluteUri}: byte {json.Length / 3}: the connection dropped", run.Error);
        Assert.Contains("the server sent the whole file again: it changed since the read began", run.Error);
        Assert.Equal($"/in-network.json range=bytes={json.Length / 3}- if-range=\"v1\"", server.Requests.Last());
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task SameUrlWithSameETag_IsSkippedBeforeItIsRead_AndChangesNothing()
    {
        // Arrange
        await using var server = await LoopbackFileServer.StartAsync();
        var url = server.Add("in-network.json", TicFixtures.InNetwork("Aetna Life Insurance Company", codes: 3, tins: 1));
        Assert.Equal(0, (await CliRun.RunAsync("ingest", "tic", url.AbsoluteUri, "--db", _directory.Database)).ExitCode);
        var before = DatabaseSnapshot.Of(_directory.Database);

        // Act
        var run = await CliRun.RunAsync("ingest", "tic", url.AbsoluteUri, "--db", _directory.Database);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"skipped {url.AbsoluteUri}: same source, size and modification time (or ETag) was already ingested by run 1; --force ingests it again", run.Output.Trim());
        Assert.Equal(before, DatabaseSnapshot.Of(_directory.Database));
        await using var graph = new CptGraphServerFactory(_directory.Database);
        using var response = await graph.QueryAsync("{ ingestRuns(status: SKIPPED) { error sourceVersion } }");
        var skipped = Assert.Single(response.RootElement.GetProperty("data").GetProperty("ingestRuns").EnumerateArray());
        Assert.Equal("same source, size and modification time (or ETag) was already ingested by run 1", skipped.GetProperty("error").GetString());
        Assert.EndsWith("@\"v1\"", skipped.GetProperty("sourceVersion").GetString());
    }

    [Fact]
    public async Task UrlAnswering404_ExitsOne_NamesUrlAndStatus_AndRecordsTheFailure()
    {
        await using var server = await LoopbackFileServer.StartAsync();
        var url = new Uri(server.BaseAddress, "gone.json.gz");

        var run = await CliRun.RunAsync("ingest", "tic", url.AbsoluteUri, "--db", _directory.Database);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {url.AbsoluteUri}: HTTP: the server answered 404 Not Found", run.Error);
        await using var graph = new CptGraphServerFactory(_directory.Database);
        using var response = await graph.QueryAsync("{ ingestRuns(status: FAILED) { status error sha256 } }");
        var failed = Assert.Single(response.RootElement.GetProperty("data").GetProperty("ingestRuns").EnumerateArray());
        Assert.Equal("FAILED", failed.GetProperty("status").GetString());
        Assert.Equal($"{url.AbsoluteUri}: HTTP: the server answered 404 Not Found", failed.GetProperty("error").GetString());
        Assert.Equal("", failed.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task StalledDownload_CountsAsDroppedAfterTheReadTimeout_AndIsResumed()
    {
        // Arrange: the first download goes silent half-way and never ends; only the read timeout can notice.
        var json = TicFixtures.InNetwork("Aetna Life Insurance Company", codes: 50, tins: 2);
        await using var server = await LoopbackFileServer.StartAsync(cutAfterBytes: json.Length / 2, stallsAtCut: true);
        var url = server.Add("in-network.json", json);

        // Act
        var run = await CliRun.RunAsync("ingest", "tic", url.AbsoluteUri, "--read-timeout", "1", "--db", _directory.Database);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"ingested {url.AbsoluteUri}: run 1, {json.Length} bytes, kept 100,", run.Output);
        Assert.Equal($"/in-network.json range=bytes={json.Length / 2}- if-range=\"v1\"", server.Requests.Last());
    }

    public void Dispose() => _directory.Dispose();
}
