using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CptGraph.Data;

/// <summary>
/// Who may migrate a SQLite file: the process holding an exclusive lock on <c>&lt;database&gt;.migrations.lock</c>.
/// .NET takes FileShare.None as an OS advisory lock (flock on Unix), which the kernel drops when the process ends — even
/// on kill -9 — so unlike EF Core's lock row it can never outlive its owner. The file itself stays (removing it while
/// another process waits on it would let two migrate at once); it is empty.
/// </summary>
internal sealed class MigrationGuard : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly FileStream _lock;

    private MigrationGuard(FileStream @lock) => _lock = @lock;

    /// <returns>The guard file beside <paramref name="dataSource"/>, or null for an in-memory database.</returns>
    public static string? PathFor(string dataSource) =>
        string.IsNullOrEmpty(dataSource) || dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase) || dataSource.StartsWith("file::memory:", StringComparison.OrdinalIgnoreCase)
            ? null
            : Path.GetFullPath(dataSource) + ".migrations.lock";

    public static async Task<MigrationGuard> AcquireAsync(string path, string database, TimeSpan timeout, ILogger logger, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var announced = false;
        while (true)
        {
            try
            {
                return new MigrationGuard(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (clock.Elapsed < timeout)
            {
                if (!announced)
                {
                    announced = true;
                    logger.LogWarning(
                        "Waiting for another process to finish migrating {Database} (it holds {GuardFile}); giving up after {TimeoutSeconds} s (--lock-timeout)",
                        database, path, timeout.TotalSeconds);
                }

                await Task.Delay(Poll, cancellationToken);
            }
            catch (IOException)
            {
                throw new DatabaseLockTimeoutException(
                    $"another process has been migrating {database} for longer than the lock timeout ({timeout.TotalSeconds} s; it holds {path}): " +
                    "wait for it to finish, or raise --lock-timeout SECONDS");
            }
        }
    }

    public void Dispose() => _lock.Dispose();
}
