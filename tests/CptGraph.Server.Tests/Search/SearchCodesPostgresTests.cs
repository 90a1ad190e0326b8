using CptGraph.Server.Tests.Infrastructure.Postgres;

namespace CptGraph.Server.Tests.Search;

/// <summary>The same tests on a PostgreSQL server.</summary>
public sealed class SearchCodesPostgresTests(PostgresServerFactory server) : SearchCodesTests(server), IClassFixture<PostgresServerFactory>, IRunsOnPostgres;
