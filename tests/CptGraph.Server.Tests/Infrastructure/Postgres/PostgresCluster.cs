using System.Diagnostics;
using CptGraph.Server.Cli;
using Npgsql;

namespace CptGraph.Server.Tests.Infrastructure.Postgres;

/// <summary>
/// A throwaway PostgreSQL for the test run: <c>initdb</c> into a temporary folder, <c>pg_ctl start</c> on 127.0.0.1 at a
/// free port (no system service, no Docker), stopped and deleted when the test process exits. Started on first use
/// and shared by every PostgreSQL test, each of which gets a database of its own.
/// initdb refuses to run as root, so as root the server runs as the <c>postgres</c> user Debian's package creates
/// (through <c>runuser</c>); as anyone else it runs as that user.
/// </summary>
public sealed class PostgresCluster
{
    /// <summary>Set to 1 (CI does) to make a missing PostgreSQL fail the run instead of skipping its half.</summary>
    public const string RequireVariable = "CPTGRAPH_REQUIRE_POSTGRES";

    private static readonly Lazy<PostgresCluster> Shared = new(() => new PostgresCluster());
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);

    private readonly string _root;
    private string? _seededTemplate;

    private PostgresCluster()
    {
        RemoveStoppedClusters();
        _root = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Guid.NewGuid():N}");
        Directory.CreateDirectory(_root);
        // The cluster's user (postgres when we are root) writes the data folder and its socket here.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_root, (UnixFileMode)0b111_111_111);
        }

        Port = ServerProcess.FreePort();
        Run("initdb", "-D", DataDirectory, "-A", "trust", "-U", User, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        Run("pg_ctl", "-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300", "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    /// <summary>Where the server binaries are (<c>CPTGRAPH_PG_BIN</c>, else Debian's /usr/lib/postgresql/N/bin), or null.</summary>
    public static string? Binaries => LazyBinaries.Value;

    public static bool IsInstalled => Binaries is not null;

    /// <summary>Why the PostgreSQL half does not run here, in one line.</summary>
    public static string SkipReason =>
        "PostgreSQL half skipped: no initdb found (apt-get install postgresql, or set CPTGRAPH_PG_BIN to its bin folder)";

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    public static PostgresCluster Instance => Shared.Value;

    public const string User = "cptgraph";

    public int Port { get; }

    public string DataDirectory => Path.Combine(_root, "data");

    private static readonly Lazy<string?> LazyBinaries = new(FindBinaries);

    /// <summary>A connection string for <paramref name="database"/> on this cluster.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = User,
        Database = database,
        // Each server factory drops its database on dispose; short-lived pools keep no connection to it.
        ConnectionIdleLifetime = 10,
    }.ToString();

    /// <summary>A new empty database (the CLI or a server migrates it).</summary>
    public async Task<string> CreateEmptyDatabaseAsync()
    {
        var name = NewName();
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE template0");
        return ConnectionString(name);
    }

    /// <summary>
    /// A new database with the bundled content and demo data: a copy of one database the real CLI seeded once
    /// (<c>CREATE DATABASE … TEMPLATE</c>), so a test class does not pay the seeding each time.
    /// </summary>
    public async Task<string> CreateSeededDatabaseAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_seededTemplate is null)
            {
                var template = "cptgraph_seeded";
                await ExecuteAsync($"CREATE DATABASE \"{template}\" TEMPLATE template0");
                var seed = await CliRun.RunAsync("seed", "--provider", "postgres", "--db", ConnectionString(template));
                Assert.True(seed.ExitCode == 0, seed.Error);
                NpgsqlConnection.ClearAllPools();
                _seededTemplate = template;
            }

            var name = NewName();
            await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{_seededTemplate}\"");
            return ConnectionString(name);
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    /// <summary>Drops the database of <paramref name="connectionString"/>, closing whatever still uses it.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private const string FolderPrefix = "cptgraph-pg-";

    // The test host may be ended before its exit handler has deleted the folder; a cluster without postmaster.pid is
    // stopped, so its folder is only litter from an earlier run (a running one, another test run's, is left alone).
    private static void RemoveStoppedClusters()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            if (!File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // Being removed by its own process right now.
                }
            }
        }
    }

    private static string NewName() => $"cptgraph_{Guid.NewGuid():N}";

    private void Stop()
    {
        try
        {
            Run("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped (or never started): nothing to do but remove the folder.
        }

        Directory.Delete(_root, recursive: true);
    }

    /// <summary>Runs one of the server's tools (as the <c>postgres</c> user when we are root), in <paramref name="workingDirectory"/>; throws on failure.</summary>
    internal static void RunTool(string workingDirectory, string tool, params string[] args)
    {
        var bin = Binaries ?? throw new InvalidOperationException(SkipReason);
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "runuser" : Path.Combine(bin, tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        if (asRoot)
        {
            foreach (var word in new[] { "-u", "postgres", "--", Path.Combine(bin, tool) })
            {
                start.ArgumentList.Add(word);
            }
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({(process.HasExited ? process.ExitCode : "timeout")}): {output.Result}{error.Result}");
        }
    }

    private void Run(string tool, params string[] args) => RunTool(_root, tool, args);

    private static string? FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("CPTGRAPH_PG_BIN") is { Length: > 0 } configured)
        {
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        }

        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => bin, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
    }

}
