using System.Diagnostics;
using System.Text;
using CptGraph.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CptGraph.Server.Tests.Cli;

/// <summary>
/// The hostile TiC half of the standing suite (issue 15): seeded truncations, byte flips and over-long strings of a small
/// valid file, each ingested through the CLI's entry point: exit 1, an error naming the file and the byte offset, and
/// the served data unchanged. A fixed seed and a case and time budget; prints its counts.
/// </summary>
public sealed class HostileTicSuiteTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 15;
    private const int Cases = 300;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(40);
    private readonly CliTestDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task GeneratedHostileTicFiles_AreRefusedWithFileAndOffset_AndChangeNothing()
    {
        // Arrange: a database already serving one good file, so "unchanged" covers rates too.
        var payers = Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json");
        await CliRun.RunAsync("import", "payers", payers, "--db", _directory.Database);
        var valid = Encoding.UTF8.GetBytes(TicFixtures.InNetwork("Aetna Life Insurance Company", codes: 2, tins: 1));
        var good = Path.Combine(_directory.Path, "good.json");
        await File.WriteAllBytesAsync(good, valid);
        var first = await CliRun.RunAsync("ingest", "tic", good, "--db", _directory.Database);
        Assert.True(first.ExitCode == 0, first.Error);
        var before = DatabaseSnapshot.Of(_directory.Database);
        var generator = new HostileTicGenerator(valid, Seed);
        var file = Path.Combine(_directory.Path, "hostile.json");
        var clock = Stopwatch.StartNew();
        var kinds = new Dictionary<string, int>();

        // Act and assert, case by case.
        var run = 0;
        for (; run < Cases && clock.Elapsed < Budget; run++)
        {
            var (bytes, mutation) = generator.Next();
            await File.WriteAllBytesAsync(file, bytes);
            var result = await CliRun.RunAsync("ingest", "tic", file, "--db", _directory.Database);
            var context = $"case {run} (seed {Seed}, {mutation}): exit {result.ExitCode}, '{result.Error.Trim()}'";
            Assert.True(result.ExitCode == 1, context);
            Assert.True(result.Error.Contains($"error: {file}: byte ", StringComparison.Ordinal), context);
            Assert.True(before == DatabaseSnapshot.Of(_directory.Database), context + ": the database changed");
            var kind = mutation.Split(' ')[0];
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
        }

        output.WriteLine($"hostile TiC: {run} files in {clock.Elapsed.TotalSeconds:F1} s (seed {Seed}), " +
            string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Key}: {k.Value}")) + ", all exit 1 with file and byte, database unchanged");
        Assert.True(run >= 30, $"only {run} files fitted the time budget");
    }
}
