using System.Text;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Cli;

/// <summary>
/// Issue 15 rows 6 and 7 through the real CLI: TiC values have length limits, a BOM is accepted, a repeated root key
/// warns, invalid UTF-8 is an error at its byte, and a run that kept nothing for want of providers exits 3.
/// </summary>
public sealed class TicHostileInputTests : IDisposable
{
    private const string Aetna = "Aetna Life Insurance Company";
    private readonly CliTestDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("\"billing_code\":\"10021\"", "\"billing_code\":\"{0}\"", 33, "billing_code is 33 bytes long; at most 32 are allowed")]
    [InlineData("\"plan_name\":\"Fixture PPO\"", "\"plan_name\":\"{0}\"", 4097, "plan_name is 4097 bytes long; at most 4096 are allowed")]
    [InlineData("\"plan_name\":\"Fixture PPO\"", "\"plan_name\":\"{0}\"", 3_000_000, "a single JSON value is longer than 1048576 bytes")]
    public async Task OverlongValue_IsRefusedWithItsPlace_AndNothingIsWritten(string original, string replacement, int length, string problem)
    {
        // Arrange
        await ImportPayersAsync();
        var before = DatabaseSnapshot.Of(_directory.Database);
        var json = TicFixtures.InNetwork(Aetna, codes: 2, tins: 1);
        Assert.Contains(original, json);
        var file = _directory.Write("long.json", json.Replace(original, string.Format(replacement, new string('9', length))));

        // Act
        var run = await CliRun.RunAsync("ingest", "tic", file, "--db", _directory.Database);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {file}: byte ", run.Error);
        Assert.Contains(problem, run.Error);
        Assert.Equal(before, DatabaseSnapshot.Of(_directory.Database));
    }

    [Fact]
    public async Task InvalidUtf8InAString_NamesTheByte()
    {
        // Arrange: one byte of plan_name replaced with 0xFF.
        await ImportPayersAsync();
        var bytes = Encoding.UTF8.GetBytes(TicFixtures.InNetwork(Aetna, codes: 2, tins: 1));
        var at = Encoding.UTF8.GetString(bytes).IndexOf("Fixture PPO", StringComparison.Ordinal) + 3;
        bytes[at] = 0xFF;
        var file = Path.Combine(_directory.Path, "bad-utf8.json");
        await File.WriteAllBytesAsync(file, bytes);

        // Act
        var run = await CliRun.RunAsync("ingest", "tic", file, "--db", _directory.Database);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {file}: byte {at}, $.plan_name: plan_name is not valid UTF-8", run.Error);
    }

    [Fact]
    public async Task ByteOrderMark_IsAccepted()
    {
        await ImportPayersAsync();
        var file = Path.Combine(_directory.Path, "bom.json");
        await File.WriteAllBytesAsync(file, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(TicFixtures.InNetwork(Aetna, codes: 2, tins: 1))]);

        var run = await CliRun.RunAsync("ingest", "tic", file, "--db", _directory.Database);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("kept 2,", run.Output);
    }

    [Fact]
    public async Task RepeatedRootKey_IsAWarning()
    {
        await ImportPayersAsync();
        var json = TicFixtures.InNetwork(Aetna, codes: 2, tins: 1);
        var file = _directory.Write("twice.json", json.Replace("\"plan_name\":", $"\"reporting_entity_name\":\"{Aetna}\",\"plan_name\":"));

        var run = await CliRun.RunAsync("ingest", "tic", file, "--db", _directory.Database);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches("warning: the root key 'reporting_entity_name' appears again at byte [0-9]+; the later value is used", run.Output);
    }

    [Fact]
    public async Task EveryProviderReferenceFailing_KeptNothing_Exits3_UnlessAllowed()
    {
        // Arrange: both remote provider-reference files are missing.
        await using var server = await LoopbackFileServer.StartAsync();
        var file = _directory.Write("no-providers.json", TicFixtures.WithRemoteReferences(new Uri(server.BaseAddress, "a.json"), new Uri(server.BaseAddress, "b.json")));
        await ImportPayersAsync();
        var allowedDatabase = Path.Combine(_directory.Path, "allowed.db");
        await CliRun.RunAsync("import", "payers", PayerCatalog, "--db", allowedDatabase);

        // Act
        var strict = await CliRun.RunAsync("ingest", "tic", file, "--db", _directory.Database);
        var allowed = await CliRun.RunAsync("ingest", "tic", file, "--db", allowedDatabase, "--allow-empty");

        // Assert
        Assert.Equal(3, strict.ExitCode);
        Assert.Contains("kept 0,", strict.Output);
        Assert.Contains($"warning: {file} kept no rate: all 4 had provider references that did not resolve (exit 3; --allow-empty accepts such a run)", strict.Error);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains($"warning: {file} kept no rate", allowed.Error);
    }

    private static string PayerCatalog => Path.Combine(CptGraphServerExtensions.SeedDirectory, "content", "payers.json");

    private Task ImportPayersAsync() => CliRun.RunAsync("import", "payers", PayerCatalog, "--db", _directory.Database);
}
