using Npgsql;

namespace CptGraph.Server.Tests.Infrastructure.Postgres;

/// <summary>
/// A real streaming standby of the shared <see cref="PostgresCluster"/>: <c>pg_basebackup -R</c> (which writes
/// <c>standby.signal</c> and <c>primary_conninfo</c>) into a temporary folder, started read-only on another free port
/// on 127.0.0.1; stopped and deleted on dispose.
/// </summary>
public sealed class PostgresStandby : IDisposable
{
    private readonly string _root;

    private PostgresStandby(string root, int port)
    {
        _root = root;
        Port = port;
    }

    public int Port { get; }

    private string DataDirectory => Path.Combine(_root, "data");

    public static PostgresStandby Start()
    {
        var primary = PostgresCluster.Instance;
        var root = Path.Combine(Path.GetTempPath(), $"cptgraph-standby-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        // The standby's user (postgres when we are root) writes the data folder and its socket here.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, (UnixFileMode)0b111_111_111);
        }

        var standby = new PostgresStandby(root, ServerProcess.FreePort());
        try
        {
            PostgresCluster.RunTool(root, "pg_basebackup", "-D", standby.DataDirectory, "-h", "127.0.0.1", "-p", primary.Port.ToString(),
                "-U", PostgresCluster.User, "-R", "-X", "stream", "--checkpoint=fast", "--no-sync");
            PostgresCluster.RunTool(root, "pg_ctl", "-D", standby.DataDirectory, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60",
                "-o", $"-p {standby.Port} -k {root} -c listen_addresses=127.0.0.1 -c hot_standby=on -c max_connections=300", "start");
            return standby;
        }
        catch
        {
            standby.Dispose();
            throw;
        }
    }

    /// <summary>The standby's copy of the primary database <paramref name="primaryConnectionString"/> names.</summary>
    public string ConnectionString(string primaryConnectionString) =>
        new NpgsqlConnectionStringBuilder(primaryConnectionString) { Port = Port }.ToString();

    /// <summary>Stops applying the primary's WAL (it keeps receiving it): the standby serves what it had, as a lagging one does.</summary>
    public void PauseReplay(string primaryConnectionString) => Execute(primaryConnectionString, "SELECT pg_wal_replay_pause()");

    public void ResumeReplay(string primaryConnectionString) => Execute(primaryConnectionString, "SELECT pg_wal_replay_resume()");

    private void Execute(string primaryConnectionString, string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString(primaryConnectionString) + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        try
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                PostgresCluster.RunTool(_root, "pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
            }
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
