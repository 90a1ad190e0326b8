using CptGraph.Server.Tests.Infrastructure.Postgres;

namespace CptGraph.Server.Tests.Live;

/// <summary>The same subscriptions on a PostgreSQL server, fed by the CLI ingesting into its database.</summary>
public sealed class LiveSubscriptionPostgresTests() : LiveSubscriptionTests(new PostgresServerFactory()), IRunsOnPostgres;
