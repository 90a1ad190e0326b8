using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CptGraph.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the server.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CptGraphDbContext>
{
    public CptGraphDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CptGraphDbContext>();
        CptGraphDataServiceCollectionExtensions.Configure(options, DatabaseLocation.FromPath("design-time.db"));
        return new CptGraphDbContext(options.Options);
    }
}
