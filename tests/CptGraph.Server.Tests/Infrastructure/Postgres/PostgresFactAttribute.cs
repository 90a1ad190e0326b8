namespace CptGraph.Server.Tests.Infrastructure.Postgres;

/// <summary>A fact that needs PostgreSQL: skipped with <see cref="PostgresCluster.SkipReason"/> where it is not installed,
/// unless <c>CPTGRAPH_REQUIRE_POSTGRES=1</c> (CI), where it runs and fails.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresCluster.IsInstalled && !PostgresCluster.Required)
        {
            Skip = PostgresCluster.SkipReason;
        }
    }
}
