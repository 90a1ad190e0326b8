using static CptGraph.Server.Tests.PersistedOperations.PersistedRequests;

namespace CptGraph.Server.Tests.PersistedOperations;

/// <summary>Allow-list mode: only the folder's documents run.</summary>
public sealed class AllowListTests(AllowListServer fixture) : IClassFixture<AllowListServer>
{
    private readonly HttpClient client = fixture.Server.CreateClient();

    [Fact]
    public async Task DocumentIdOfAFile_Runs()
    {
        var answer = await client.PostAsync(new { documentId = Sha256(AllowListServer.StoredQuery) });

        Assert.Equal("96375", answer.CodeValue());
    }

    [Fact]
    public async Task DocumentText_IsHC0067_EvenWhenItIsTheStoredOne()
    {
        var answer = await client.PostAsync(new { query = AllowListServer.StoredQuery });

        Assert.Equal("HC0067", answer.FirstCode());
        Assert.False(answer.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task RegisteringAnAutomaticPersistedQuery_IsHC0067()
    {
        var query = UniqueQuery();

        var register = await client.PostAsync(new { query, extensions = Apq(Sha256(query)) });
        var hit = await client.PostAsync(new { extensions = Apq(Sha256(query)) });

        Assert.Equal("HC0067", register.FirstCode());
        Assert.Equal("HC0020", hit.FirstCode());
    }

    [Fact]
    public async Task UnknownDocumentId_IsHC0020()
    {
        var answer = await client.PostAsync(new { documentId = Sha256(UniqueQuery()) });

        Assert.Equal("HC0020", answer.FirstCode());
    }
}
