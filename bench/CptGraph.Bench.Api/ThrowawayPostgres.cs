using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CptGraph.Bench.Api;

/// <summary>
/// The bench's own PostgreSQL when no <c>--pg-connection</c> is given: <c>initdb</c> into a folder under the work
/// directory, <c>pg_ctl start</c> on 127.0.0.1 at a free port, one empty database; stopped and deleted on dispose
/// (the run disposes it in a <c>finally</c>, and on process exit should it be ended). initdb refuses to run as root, so
/// as root the tools run as Debian's <c>postgres</c> user through <c>runuser</c>.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    public const string User = "cptgraph";
    private const string DatabaseName = "cptgraph_bench";

    private readonly string root;
    private readonly string binaries;
    private int stopped;

    private ThrowawayPostgres(string root, string binaries, int port)
    {
        this.root = root;
        this.binaries = binaries;
        ConnectionString = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = User, Database = DatabaseName }.ToString();
    }

    /// <summary>The empty bench database (migrate-store fills it).</summary>
    public string ConnectionString { get; }

    private string DataDirectory => Path.Combine(root, "data");

    public static async Task<ThrowawayPostgres> StartAsync(string workDirectory, CancellationToken cancellationToken)
    {
        var binaries = FindBinaries() ?? throw new InvalidOperationException(
            "--provider postgres without --pg-connection needs PostgreSQL's server binaries (apt-get install -y postgresql; /usr/lib/postgresql/*/bin).");
        var root = Path.Combine(Path.GetFullPath(workDirectory), $"pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        if (!OperatingSystem.IsWindows())
        {
            // The cluster's user (postgres when we are root) writes the data folder and its socket here.
            File.SetUnixFileMode(root, (UnixFileMode)0b111_111_111);
        }

        var port = FreePort();
        var cluster = new ThrowawayPostgres(root, binaries, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        try
        {
            cluster.Run("initdb", "-D", cluster.DataDirectory, "-A", "trust", "-U", User, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
            cluster.Run("pg_ctl", "-D", cluster.DataDirectory, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60",
                "-o", $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300", "start");
            await using var connection = new NpgsqlConnection(
                new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Database = "postgres", Pooling = false }.ToString());
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\" TEMPLATE template0", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private void Stop()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                Run("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private void Run(string tool, params string[] args)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "runuser" : Path.Combine(binaries, tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        foreach (var word in (asRoot ? new[] { "-u", "postgres", "--", Path.Combine(binaries, tool) } : []).Concat(args))
        {
            start.ArgumentList.Add(word);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({(process.HasExited ? process.ExitCode : "timeout")}): {output.Result}{error.Result}");
        }
    }

    private static string? FindBinaries() => Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql")
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => bin, StringComparer.Ordinal)
            .FirstOrDefault()
        : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
