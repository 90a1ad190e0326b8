using CptGraph.Server.Schema;
using CptGraph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CptGraph.Server.Tests.Limits;

/// <summary>The real server with every limit set low through the <c>GraphQL:Limits</c> configuration section.</summary>
public sealed class TightLimitsServer : IDisposable
{
    public const int MaxExecutionDepth = 3;
    public const int MaxFieldCost = 25;
    public const int MaxTypeCost = 12;
    public const int MaxRequestSize = 2_000;
    public const int MaxAliasCount = 2;
    public const int MaxDocumentLength = 300;
    public const int MaxTokenCount = 40;

    private readonly CptGraphServerFactory database = new();

    public TightLimitsServer()
    {
        Server = database.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("GraphQL:Limits:MaxExecutionDepth", MaxExecutionDepth.ToString());
            builder.UseSetting("GraphQL:Limits:MaxFieldCost", MaxFieldCost.ToString());
            builder.UseSetting("GraphQL:Limits:MaxTypeCost", MaxTypeCost.ToString());
            builder.UseSetting("GraphQL:Http:MaxRequestSize", MaxRequestSize.ToString());
            builder.UseSetting("GraphQL:Limits:MaxAliasCount", MaxAliasCount.ToString());
            builder.UseSetting("GraphQL:Limits:MaxDocumentLength", MaxDocumentLength.ToString());
            builder.UseSetting("GraphQL:Limits:MaxTokenCount", MaxTokenCount.ToString());
            // Long enough for any real query on a loaded machine; only waitForever reaches it.
            builder.UseSetting("GraphQL:Limits:ExecutionTimeout", "00:00:03");
            builder.UseSetting("GraphQL:Limits:EnableIntrospection", "false");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IQueryFields, WaitForeverQueryFields>();
                services.AddSingleton<IQueryFields, PagedTestQueryFields>();
                services.AddTransient<PagedTestQueryFields.TestItemType>();
                services.AddTransient<PagedTestQueryFields.TestItemsConnectionType>();
            });
        });
    }

    public WebApplicationFactory<Program> Server { get; }

    public void Dispose()
    {
        Server.Dispose();
        database.Dispose();
    }
}
