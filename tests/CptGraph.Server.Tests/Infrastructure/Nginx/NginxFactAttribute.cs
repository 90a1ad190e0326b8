using CptGraph.Server.Tests.Infrastructure.Postgres;

namespace CptGraph.Server.Tests.Infrastructure.Nginx;

/// <summary>
/// A fact that needs PostgreSQL and nginx: skipped, with the reason, where either is not installed, unless
/// <c>CPTGRAPH_REQUIRE_POSTGRES=1</c> (CI), where it runs and a missing one fails it, as <see cref="PostgresFactAttribute"/> does.
/// </summary>
public sealed class NginxFactAttribute : FactAttribute
{
    public NginxFactAttribute()
    {
        if (PostgresCluster.Required)
        {
            return;
        }

        if (!PostgresCluster.IsInstalled)
        {
            Skip = PostgresCluster.SkipReason;
        }
        else if (!NginxProcess.IsInstalled)
        {
            Skip = NginxProcess.SkipReason;
        }
    }
}
