using CptGraph.Server.Tests.Infrastructure.Postgres;

namespace CptGraph.Server.Tests.Codes;

/// <summary>The code page on PostgreSQL: the same tests, the same snapshot file, so the served JSON is byte-identical.</summary>
public sealed class CodeQueryPostgresTests(PostgresServerFactory server) : CodeQueryTests(server), IClassFixture<PostgresServerFactory>, IRunsOnPostgres;
