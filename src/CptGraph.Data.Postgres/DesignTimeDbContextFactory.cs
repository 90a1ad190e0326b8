using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CptGraph.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without a server; no connection is opened, so
/// the placeholder connection string never has to reach a database (scripts/postgres-migration).
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CptGraphDbContext>
{
    public CptGraphDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CptGraphDbContext>();
        CptGraphDataServiceCollectionExtensions.Configure(options, "Host=localhost;Database=cptgraph-design-time",
            new CptGraphDataOptions { Provider = DatabaseProvider.Postgres });
        return new CptGraphDbContext(options.Options);
    }
}
