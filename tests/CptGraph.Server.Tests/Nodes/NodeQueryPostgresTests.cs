using CptGraph.Server.Tests.Infrastructure.Postgres;

namespace CptGraph.Server.Tests.Nodes;

/// <summary>The same tests on a PostgreSQL server.</summary>
public sealed class NodeQueryPostgresTests(PostgresServerFactory server) : NodeQueryTests(server), IClassFixture<PostgresServerFactory>, IRunsOnPostgres;
