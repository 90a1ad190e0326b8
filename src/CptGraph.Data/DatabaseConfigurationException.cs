namespace CptGraph.Data;

/// <summary>A provider name or connection string that cannot work (an unknown provider, PostgreSQL without a connection string).</summary>
public sealed class DatabaseConfigurationException(string message) : Exception(message);
