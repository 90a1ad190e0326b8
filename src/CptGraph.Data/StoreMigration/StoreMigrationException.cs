namespace CptGraph.Data.StoreMigration;

/// <summary>A store migration refused before it wrote anything (a target that already has data, a source that is no database).</summary>
public sealed class StoreMigrationException(string message) : Exception(message);
