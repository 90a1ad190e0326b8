using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CptGraph.Data;

/// <summary>Applies <see cref="CptGraphDataOptions.MaxDatabaseMegabytes"/> to every SQLite connection as it opens.</summary>
internal sealed class SqliteSizeCapInterceptor(int megabytes) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var pageSize = connection.CreateCommand();
        pageSize.CommandText = "PRAGMA page_size;";
        var bytesPerPage = Convert.ToInt64(pageSize.ExecuteScalar());
        using var cap = connection.CreateCommand();
        cap.CommandText = $"PRAGMA max_page_count = {megabytes * (1L << 20) / bytesPerPage};";
        cap.ExecuteNonQuery();
    }
}
