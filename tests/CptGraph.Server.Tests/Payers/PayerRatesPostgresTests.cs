using CptGraph.Server.Tests.Infrastructure.Postgres;

namespace CptGraph.Server.Tests.Payers;

/// <summary>The same tests on a PostgreSQL server.</summary>
public sealed class PayerRatesPostgresTests(PostgresServerFactory server) : PayerRatesTests(server), IClassFixture<PostgresServerFactory>, IRunsOnPostgres;
