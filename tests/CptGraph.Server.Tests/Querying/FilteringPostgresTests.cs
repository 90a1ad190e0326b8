using CptGraph.Server.Tests.Infrastructure.Postgres;

namespace CptGraph.Server.Tests.Querying;

/// <summary>The same tests on a PostgreSQL server.</summary>
public sealed class FilteringPostgresTests(PostgresServerFactory server) : FilteringTests(server), IClassFixture<PostgresServerFactory>, IRunsOnPostgres;
