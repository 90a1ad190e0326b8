using CptGraph.Server.Tests.Infrastructure.Postgres;

namespace CptGraph.Server.Tests.Health;

/// <summary>The SQL-statement counter on PostgreSQL: the same queries move it by the same numbers.</summary>
[Collection(DbCommandMetricsCollection.Name)]
public sealed class DbCommandMetricsPostgresTests(PostgresServerFactory server)
    : DbCommandMetricsTests(server), IClassFixture<PostgresServerFactory>, IRunsOnPostgres;
