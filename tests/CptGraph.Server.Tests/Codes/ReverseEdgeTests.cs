using CptGraph.Server.Tests.Infrastructure;

namespace CptGraph.Server.Tests.Codes;

/// <remarks>Not sealed: <see cref="ReverseEdgePostgresTests"/> runs the same tests on PostgreSQL.</remarks>
public class ReverseEdgeTests(CptGraphServerFactory server) : IClassFixture<CptGraphServerFactory>
{
    [Fact]
    public async Task Diagnosis_ListsTheCodesItIsLinkedTo()
    {
        using var response = await server.QueryAsync("""{ diagnosis(code: "r50.9") { code description codes { nodes { code { code } relevance } } } }""");

        var diagnosis = response.RootElement.GetProperty("data").GetProperty("diagnosis");
        Assert.Equal("R50.9", diagnosis.GetProperty("code").GetString());
        Assert.Equal("Fever, unspecified", diagnosis.GetProperty("description").GetString());
        var link = Assert.Single(diagnosis.GetProperty("codes").GetProperty("nodes").EnumerateArray());
        Assert.Equal("96375", link.GetProperty("code").GetProperty("code").GetString());
        Assert.StartsWith("Relevant when the new IV infusion", link.GetProperty("relevance").GetString());
    }

    [Fact]
    public async Task Taxonomy_ListsTheCodesItIsLinkedTo()
    {
        using var response = await server.QueryAsync("""{ taxonomy(code: "207L00000X") { specialty codes { nodes { code } } } }""");

        var taxonomy = response.RootElement.GetProperty("data").GetProperty("taxonomy");
        Assert.Equal("Anesthesiology", taxonomy.GetProperty("specialty").GetString());
        Assert.Equal(["96375"], taxonomy.GetProperty("codes").GetProperty("nodes").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Modifier_ListsTheCodesItIsUsedWith()
    {
        using var response = await server.QueryAsync("""{ modifier(code: "76") { name codes { nodes { code { code } usage } } } }""");

        var modifier = response.RootElement.GetProperty("data").GetProperty("modifier");
        Assert.Equal("Repeat Procedure or Service by Same Physician or Other Qualified Health Care Professional", modifier.GetProperty("name").GetString());
        var link = Assert.Single(modifier.GetProperty("codes").GetProperty("nodes").EnumerateArray());
        Assert.Equal("96375", link.GetProperty("code").GetProperty("code").GetString());
        Assert.Equal("Use when the same service (same CPT) is repeated by the same provider on the same day for the same patient.", link.GetProperty("usage").GetString());
    }

    [Fact]
    public async Task ACodesOwnModifierAndDiagnosisLinks_NameTheCodeTheyHangOff()
    {
        // The code-side lists do not load the code with each link row; the link's code field reads it by id.
        using var response = await server.QueryAsync(
            """{ a: code(code: "96375") { modifiers { code { code codeType } modifier { code } } diagnoses { code { code } diagnosis { code } } } b: code(code: "99213") { modifiers { code { code } } } }""");

        var data = response.RootElement.GetProperty("data");
        var modifiers = data.GetProperty("a").GetProperty("modifiers").EnumerateArray().ToList();
        var diagnoses = data.GetProperty("a").GetProperty("diagnoses").EnumerateArray().ToList();
        Assert.NotEmpty(modifiers);
        Assert.NotEmpty(diagnoses);
        Assert.All(modifiers, l => Assert.Equal("96375|CPT", $"{l.GetProperty("code").GetProperty("code").GetString()}|{l.GetProperty("code").GetProperty("codeType").GetString()}"));
        Assert.All(diagnoses, l => Assert.Equal("96375", l.GetProperty("code").GetProperty("code").GetString()));
        Assert.Contains(modifiers, l => l.GetProperty("modifier").GetProperty("code").GetString() == "76");
        Assert.Contains(diagnoses, l => l.GetProperty("diagnosis").GetProperty("code").GetString() == "R50.9");
        Assert.All(data.GetProperty("b").GetProperty("modifiers").EnumerateArray(), l => Assert.Equal("99213", l.GetProperty("code").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Payers_AreTheBucaGroupAndMedicare()
    {
        using var response = await server.QueryAsync("{ payers { nodes { name kind isBuca } } }");

        var payers = response.RootElement.GetProperty("data").GetProperty("payers").GetProperty("nodes").EnumerateArray()
            .Select(p => $"{p.GetProperty("name").GetString()}|{p.GetProperty("kind").GetString()}|{p.GetProperty("isBuca").GetBoolean()}");
        Assert.Equal(
            ["Aetna|COMMERCIAL|True", "Blue Cross Blue Shield|COMMERCIAL|True", "Cigna|COMMERCIAL|True", "Medicare|MEDICARE|False", "UnitedHealthcare|COMMERCIAL|True"],
            payers);
    }

    [Fact]
    public async Task IngestRuns_RecordTheSeededInputs()
    {
        using var response = await server.QueryAsync("{ ingestRuns { kind isDemo reportingEntityName counts { kept duplicate } } }");

        var runs = response.RootElement.GetProperty("data").GetProperty("ingestRuns").EnumerateArray().ToList();
        // The three bundled code sets, the Medicare subset and the four demo files.
        Assert.Equal(8, runs.Count);
        // Newest first: the oldest three are the code sets, in the order the seeder imports them.
        Assert.Equal(["PLACE_OF_SERVICE", "HCPCS_LEVEL_II", "ICD10CM"], runs.TakeLast(3).Select(r => r.GetProperty("kind").GetString()));
        Assert.Equal(4, runs.Count(r => r.GetProperty("kind").GetString() == "TIC_IN_NETWORK" && r.GetProperty("isDemo").GetBoolean()));
        var medicare = Assert.Single(runs, r => r.GetProperty("kind").GetString() == "MEDICARE_PFS");
        // 32 subset rows, of which 28 have a paid status (A/R/T), each priced at 109 localities.
        Assert.Equal(28 * 109, medicare.GetProperty("counts").GetProperty("kept").GetInt64());
    }
}
