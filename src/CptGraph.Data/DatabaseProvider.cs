namespace CptGraph.Data;

/// <summary>The store behind the model: embedded SQLite (the default) or a shared PostgreSQL for replicas.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
