using CptGraph.Server.Tests.Infrastructure.Postgres;

namespace CptGraph.Server.Tests.Querying;

/// <summary>The same tests on a PostgreSQL server.</summary>
public sealed class PagingPostgresTests(PostgresServerFactory server) : PagingTests(server), IClassFixture<PostgresServerFactory>, IRunsOnPostgres;
