namespace CptGraph.Server.Tests.Infrastructure.Postgres;

/// <summary>
/// Marks the PostgreSQL half of a suite (a class deriving the SQLite suite with a PostgreSQL server): where PostgreSQL is
/// not installed, <see cref="StoreTestFramework"/> leaves these classes out and <see cref="PostgresAvailabilityTests"/>
/// reports the skip in one line.
/// </summary>
public interface IRunsOnPostgres;
