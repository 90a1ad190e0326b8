using System.Net.Http.Json;
using CptGraph.Server.Tests.Codes;
using CptGraph.Server.Tests.Infrastructure;
using CptGraph.Server.Tests.Infrastructure.Postgres;

namespace CptGraph.Server.Tests.Querying;

/// <summary>
/// The same seeded inputs served from SQLite and from PostgreSQL give the same response bytes: every number (counts,
/// percentiles, means, percent of Medicare, gaps) and every order. Compared as raw bodies, not parsed JSON, so a 15 that
/// reads back as 15.0 on one store would fail.
/// </summary>
public sealed class StoreParityTests(CptGraphServerFactory sqlite, PostgresServerFactory postgres)
    : IClassFixture<CptGraphServerFactory>, IClassFixture<PostgresServerFactory>, IRunsOnPostgres
{
    public static TheoryData<string> Queries() =>
    [
        CodeQueryTests.FullPageQuery,
        """{ payers { nodes { name kind isBuca aliases } } codes(first: 50) { nodes { code description } } }""",
        """{ payer(name: "Aetna") { name rates(first: 20) { totalCount nodes { code { code } count min p10 p25 median p75 p90 max mean spread percentOfMedicare } } } }""",
        """{ code(code: "96375") { history(billingClass: PROFESSIONAL) { month payer { name } count mean median } rates(billingClass: PROFESSIONAL, screened: true) { payer { name } count mean p25 p75 } } }""",
        """{ ingestRuns { runId kind status sha256 bytes isDemo lastUpdatedOn planName counts { kept duplicate expired zero } } }""",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task SqliteAndPostgres_ServeTheSameBytes(string query)
    {
        var fromSqlite = await BodyAsync(sqlite, query);
        var fromPostgres = await BodyAsync(postgres, query);

        Assert.DoesNotContain("\"errors\"", fromSqlite);
        Assert.Equal(fromSqlite, fromPostgres);
    }

    private static async Task<string> BodyAsync(CptGraphServerFactory server, string query)
    {
        using var client = server.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        return await response.Content.ReadAsStringAsync();
    }
}
