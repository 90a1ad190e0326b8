using Npgsql;

namespace CptGraph.Server.Tests.Infrastructure.Postgres;

/// <summary>The one line a run without PostgreSQL prints, and the check that the throwaway cluster really serves.</summary>
public sealed class PostgresAvailabilityTests
{
    [PostgresFact]
    public async Task TheThrowawayCluster_Starts_AndServesADatabaseOfItsOwn()
    {
        Assert.True(PostgresCluster.IsInstalled, PostgresCluster.SkipReason + $" and {PostgresCluster.RequireVariable}=1 requires it");
        using var database = TestDatabase.PostgresEmpty();

        await using var connection = new NpgsqlConnection(database.Location + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_database() || ' ' || current_setting('server_version_num')::int / 10000", connection);

        Assert.Matches("^cptgraph_[0-9a-f]{32} 1[5-9]$", (string)(await command.ExecuteScalarAsync())!);
    }
}
