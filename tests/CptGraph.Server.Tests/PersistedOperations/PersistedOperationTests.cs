using CptGraph.GraphQL.PersistedOperations;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Transport;
using Microsoft.Extensions.DependencyInjection;
using static CptGraph.Server.Tests.PersistedOperations.PersistedRequests;
using static CptGraph.Server.Tests.Transport.TransportRequests;

namespace CptGraph.Server.Tests.PersistedOperations;

/// <summary>documentId requests and automatic persisted queries on the default server (no allow-list).</summary>
[Collection(TransportCollection.Name)]
public sealed class PersistedOperationTests(CptGraphServerFactory server)
{
    private readonly HttpClient client = server.CreateClient();

    [Fact]
    public async Task AutomaticPersistedQuery_MissThenRegisterThenHit()
    {
        // Arrange
        var query = UniqueQuery();
        var hash = Sha256(query);

        // Act
        var miss = await client.PostAsync(new { extensions = Apq(hash) });
        var register = await client.PostAsync(new { query, extensions = Apq(hash) });
        var hit = await client.PostAsync(new { extensions = Apq(hash) });

        // Assert
        Assert.Equal("HC0020", miss.FirstCode());
        Assert.Equal("PersistedQueryNotFound", miss.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("96375", register.CodeValue());
        var persisted = register.GetProperty("extensions").GetProperty("persistedQuery");
        Assert.True(persisted.GetProperty("persisted").GetBoolean());
        Assert.Equal(hash, persisted.GetProperty("sha256Hash").GetString());
        Assert.Equal("96375", hit.CodeValue());
    }

    [Fact]
    public async Task AutomaticPersistedQuery_WorksOverGet()
    {
        var query = UniqueQuery();
        var extensions = Uri.EscapeDataString($"{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{Sha256(query)}\"}}}}");

        using var miss = await client.SendAsync(Get("extensions=" + extensions));
        using var register = await client.SendAsync(Get($"query={Uri.EscapeDataString(query)}&extensions={extensions}"));
        using var hit = await client.SendAsync(Get("extensions=" + extensions));

        Assert.Equal("HC0020", (await miss.JsonAsync()).FirstCode());
        Assert.Equal("96375", (await register.JsonAsync()).CodeValue());
        Assert.Equal("96375", (await hit.JsonAsync()).CodeValue());
    }

    [Fact]
    public async Task AutomaticPersistedQuery_WithTheWrongHash_IsRefused()
    {
        var query = UniqueQuery();

        var answer = await client.PostAsync(new { query, extensions = Apq(Sha256("{ __typename }")) });

        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", answer.FirstCode());
        Assert.Equal(Sha256(query), answer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("expectedHash").GetString());
        Assert.False(answer.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task AutomaticPersistedQuery_OtherThanVersion1_IsRefused()
    {
        var answer = await client.PostAsync(new { extensions = new { persistedQuery = new { version = 2, sha256Hash = Sha256("{ __typename }") } } });

        Assert.Equal("PERSISTED_QUERY_INVALID", answer.FirstCode());
    }

    [Fact]
    public async Task DocumentId_RunsAStoredDocument_ByDocumentIdOrId_PostAndGet()
    {
        // Arrange
        var query = UniqueQuery();
        var hash = Sha256(query);
        server.Services.GetRequiredService<PersistedOperationStore>().Save(hash, query);

        // Act
        var byDocumentId = await client.PostAsync(new { documentId = hash });
        var byId = await client.PostAsync(new { id = "sha256:" + hash });
        using var byGet = await client.SendAsync(Get("documentId=" + hash));

        // Assert
        Assert.Equal("96375", byDocumentId.CodeValue());
        Assert.Equal("96375", byId.CodeValue());
        Assert.Equal("96375", (await byGet.JsonAsync()).CodeValue());
    }

    [Fact]
    public async Task UnknownDocumentId_IsHC0020()
    {
        var unknown = Sha256(UniqueQuery());

        var answer = await client.PostAsync(new { documentId = unknown });

        Assert.Equal("HC0020", answer.FirstCode());
        Assert.Equal(unknown, answer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("requestedKey").GetString());
    }
}
