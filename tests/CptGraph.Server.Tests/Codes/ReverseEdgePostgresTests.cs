using CptGraph.Server.Tests.Infrastructure.Postgres;

namespace CptGraph.Server.Tests.Codes;

/// <summary>The same tests on a PostgreSQL server.</summary>
public sealed class ReverseEdgePostgresTests(PostgresServerFactory server) : ReverseEdgeTests(server), IClassFixture<PostgresServerFactory>, IRunsOnPostgres;
