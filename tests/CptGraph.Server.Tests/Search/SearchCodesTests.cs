using System.Text.Json;
using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Search;

/// <remarks>Not sealed: <see cref="SearchCodesPostgresTests"/> runs the same tests on PostgreSQL.</remarks>
public class SearchCodesTests(CptGraphServerFactory server) : IClassFixture<CptGraphServerFactory>
{
    private const string Query = """
        query($text: String!) { searchCodes(text: $text, first: 5) { totalCount nodes { code description } } }
        """;

    [Fact]
    public async Task SearchByCode_FindsTheCodeFirst()
    {
        using var response = await server.QueryAsync(Query, new { text = "96375" });

        var codes = Codes(response);
        Assert.Equal("96375", codes[0]);
    }

    [Fact]
    public async Task SearchByLinkedDiagnosisText_FindsTheLinkedCode()
    {
        // "Nausea with vomiting" is in the text of R11.2, which the 96375 page links, and in the official descriptor of the
        // bundled HCPCS code E0765 ("... nerve stimulator, for treatment of nausea and vomiting"), which ranks first: a
        // description match weighs more than a linked diagnosis'.
        using var byDiagnosis = await server.QueryAsync(Query, new { text = "nausea vomit" });
        using var byTaxonomy = await server.QueryAsync(Query, new { text = "interventional cardiology" });

        Assert.Equal(["E0765", "96375"], Codes(byDiagnosis));
        Assert.Equal(["96375"], Codes(byTaxonomy));
    }

    [Fact]
    public async Task NewContent_IsSearchableAtOnce_ThroughTheTriggers()
    {
        await GeneratedCodes.AddAsync(server.Services, 3);

        using var response = await server.QueryAsync(Query, new { text = "zyxtest service" });

        Assert.Equal(3, response.RootElement.GetProperty("data").GetProperty("searchCodes").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task TextWithoutWords_IsACodedError()
    {
        using var response = await server.QueryAsync(Query, new { text = " \"*( " });

        var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("SEARCH_TEXT_EMPTY", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private static List<string?> Codes(JsonDocument response)
    {
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return response.RootElement.GetProperty("data").GetProperty("searchCodes").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("code").GetString()).ToList();
    }
}
