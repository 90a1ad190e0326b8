using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Cli;

// The ingest's memory bound's second line: the CLI process runs with the heap limit and the gen0 budget cap read at
// start (on Linux it restarts itself with them in its environment), and stores exactly what a run without them does.
public sealed partial class IngestFaultTests
{
    [Fact]
    public async Task IngestProcess_RunsWithTheHeapLimitAndGen0Cap_AndStoresTheSameAsWithout()
    {
        // Arrange: the same file through the in-process CLI (the test host's GC, no limit) as the reference.
        var file = await DemoFileAsync("bounded.json", codes: 20, providers: 500);
        var unbounded = Path.Combine(_directory.Path, "unbounded.db");
        await ImportPayersAsync(unbounded);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", "tic", file, "--db", unbounded)).ExitCode);
        await ImportPayersAsync(_directory.Database);

        // Act
        var run = await CliProcess.RunAsync("ingest", "tic", file, "--db", _directory.Database);

        // Assert
        Assert.Equal(0, run.ExitCode);
        if (OperatingSystem.IsLinux())
        {
            Assert.Contains("GC heap hard limit 128 MB, gen0 budget cap 16 MB, dynamic PGO off", run.Error);
        }

        var observations = Rows(unbounded, ObservationsQuery);
        Assert.NotEmpty(observations);
        Assert.Equal(observations, Rows(_directory.Database, ObservationsQuery));
        Assert.Equal(Rows(unbounded, DistributionsQuery), Rows(_directory.Database, DistributionsQuery));
    }
}
