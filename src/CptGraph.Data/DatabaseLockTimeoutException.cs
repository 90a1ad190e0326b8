namespace CptGraph.Data;

/// <summary>A wait for another process's hold on the database passed the configured lock timeout.</summary>
public sealed class DatabaseLockTimeoutException(string message) : Exception(message);
