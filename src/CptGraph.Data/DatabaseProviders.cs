namespace CptGraph.Data;

/// <summary>Reads <c>--provider</c> / <c>Database:Provider</c>; one parser so the server and the CLI accept the same words.</summary>
public static class DatabaseProviders
{
    public const string ConfigurationKey = "Database:Provider";

    /// <summary>The migrations of PostgreSQL live in their own assembly so SQLite's history stays as it is.</summary>
    public const string PostgresMigrationsAssembly = "CptGraph.Data.Postgres";

    public static DatabaseProvider Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new DatabaseConfigurationException($"unknown database provider '{text}': use sqlite or postgres"),
    };
}
