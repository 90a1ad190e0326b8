using CptGraph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CptGraph.Server.Tests.PersistedOperations;

/// <summary>The real server in allow-list mode, its documents in a folder of <c>{sha256}.graphql</c> files.</summary>
public sealed class AllowListServer : IDisposable
{
    public const string StoredQuery = "{ code(code: \"96375\") { code } }";

    private readonly CptGraphServerFactory database = new();
    private readonly string directory = Directory.CreateTempSubdirectory("cptgraph-persisted-").FullName;

    public AllowListServer()
    {
        File.WriteAllText(Path.Combine(directory, PersistedRequests.Sha256(StoredQuery) + ".graphql"), StoredQuery);
        Server = database.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("GraphQL:PersistedOperations:Directory", directory);
            builder.UseSetting("GraphQL:PersistedOperations:OnlyAllowPersistedDocuments", "true");
        });
    }

    public WebApplicationFactory<Program> Server { get; }

    public void Dispose()
    {
        Server.Dispose();
        database.Dispose();
        Directory.Delete(directory, recursive: true);
    }
}
