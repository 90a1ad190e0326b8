using CptGraph.Server.Tests.Infrastructure.Postgres;

namespace CptGraph.Server.Tests.Compare;

/// <summary>The same tests on a PostgreSQL server.</summary>
public sealed class CompareCodesPostgresTests(PostgresServerFactory server) : CompareCodesTests(server), IClassFixture<PostgresServerFactory>, IRunsOnPostgres;
