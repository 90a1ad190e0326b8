using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Infrastructure.Postgres;

namespace CptGraph.Server.Tests.Providers;

/// <summary>The same tests on PostgreSQL: each database its own on the throwaway cluster, filled through the same CLI.</summary>
public sealed class ProviderCutPostgresTests : ProviderCutTests, IRunsOnPostgres
{
    protected override TestDatabase NewDatabase(string name) => TestDatabase.PostgresEmpty();
}
