namespace CptGraph.Data.Telemetry;

/// <summary>
/// Who a database command runs for: the <c>origin</c> tag of <c>cptgraph.db.commands</c>. Commands are counted as
/// <see cref="Request"/> unless the code around them says otherwise with <see cref="Begin"/>; the live outbox's tail polls
/// on its own clock (SQLite every second), so telling it apart keeps "statements per request" a property of the requests.
/// </summary>
public static class DbCommandOrigin
{
    public const string Request = "request";
    public const string LiveOutbox = "live-outbox";

    // Flows with the async call chain, so every command awaited inside a scope is counted under it, on any thread.
    private static readonly AsyncLocal<string?> Scoped = new();

    /// <summary>The origin of a command run here and now.</summary>
    public static string Current => Scoped.Value ?? Request;

    /// <summary>Counts the commands of the calling code under <paramref name="origin"/> until the scope is disposed.</summary>
    public static IDisposable Begin(string origin)
    {
        var previous = Scoped.Value;
        Scoped.Value = origin;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Scoped.Value = previous;
    }
}
