using System.Net.Http.Json;
using System.Text.Json;

namespace CptGraph.Server.Tests.Positions;

/// <summary>
/// <c>benchmarkFeeSchedule</c> through HTTP on <see cref="AnalystDatabase"/>: medians 96375 Aetna 25, Cigna 25, aggregate 25;
/// 99213 Aetna 100 (Cigna has none), aggregate 100.
/// </summary>
public sealed class FeeScheduleTests(AnalystDatabase database) : IClassFixture<AnalystDatabase>
{
    private const string Query = """
        query($lines: [FeeScheduleLineInput!]!) { benchmarkFeeSchedule(lines: $lines) {
            contractValue
            totals { payer { name } lines contractValue medianValue opportunity }
            lines { line code amount units position { payers { payer { name } percentileRank distribution { median } } commercialAggregate { percentileRank } } } } }
        """;

    private static readonly object[] Schedule =
    [
        new { code = "96375", amount = 22m, units = 10 },
        new { code = "99213", amount = 110m, units = 5 },
        new { code = "zzzzz", amount = 50m },
        new { code = " 96375", amount = 30m, units = 2 },
    ];

    [Fact]
    public async Task Totals_ValueTheScheduleAtEachPayersMedian()
    {
        var benchmark = await BenchmarkAsync(Schedule);

        // 10 × 22 + 5 × 110 + 1 × 50 + 2 × 30.
        Assert.Equal(880m, benchmark.GetProperty("contractValue").GetDecimal());
        var totals = benchmark.GetProperty("totals").EnumerateArray().ToDictionary(t => t.GetProperty("payer") is { ValueKind: JsonValueKind.Object } p
            ? p.GetProperty("name").GetString()!.Split(' ')[0] : "BUCA");
        // Aetna: 830 at my rates, 10 × 25 + 5 × 100 + 2 × 25 = 800 at its medians; only line 1 is under: 10 × (25 − 22).
        Assert.Equal((3, 830m, 800m, 30m), Total(totals["Aetna"]));
        Assert.Equal((2, 280m, 300m, 30m), Total(totals["Cigna"]));
        Assert.Equal((3, 830m, 800m, 30m), Total(totals["BUCA"]));
        Assert.Equal(["Aetna", "Cigna", "Medicare", "BUCA"], totals.Keys);

        // Medicare's side uses its own served medians, the same the rates field serves.
        var lines = benchmark.GetProperty("lines").EnumerateArray().ToList();
        var medicareMedians = lines.Where(l => l.GetProperty("position").ValueKind == JsonValueKind.Object)
            .Select(l => (Units: l.GetProperty("units").GetInt32(), Median: l.GetProperty("position").GetProperty("payers").EnumerateArray()
                .Single(p => p.GetProperty("payer").GetProperty("name").GetString()!.StartsWith("Medicare", StringComparison.Ordinal))
                .GetProperty("distribution").GetProperty("median").GetDecimal())).ToList();
        Assert.Equal(medicareMedians.Sum(m => m.Units * m.Median), totals["Medicare"].GetProperty("medianValue").GetDecimal());

        Assert.Equal([1, 2, 3, 4], lines.Select(l => l.GetProperty("line").GetInt32()));
        Assert.Equal(("ZZZZZ", 1, JsonValueKind.Null), (lines[2].GetProperty("code").GetString(), lines[2].GetProperty("units").GetInt32(), lines[2].GetProperty("position").ValueKind));
        // 22 among Aetna's 20 | 25 25 30 40: 1 of 5 below; among the aggregate's 20 | 22 | 25 …: (1 + ½) / 8.
        var first = lines[0].GetProperty("position");
        Assert.Equal(20m, first.GetProperty("payers")[0].GetProperty("percentileRank").GetDecimal());
        Assert.Equal(18.75m, first.GetProperty("commercialAggregate").GetProperty("percentileRank").GetDecimal());
    }

    [Fact]
    public async Task Lines_AreBatched_TheStatementsDoNotGrowWithTheSchedule()
    {
        await BenchmarkAsync([Schedule[0]]);
        var server = database.Server;

        server.Sql.Clear();
        await BenchmarkAsync([Schedule[0]]);
        var one = server.Sql.Commands.Count;
        server.Sql.Clear();
        var many = Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? Schedule[0] : Schedule[1]).Concat(Schedule).ToArray();
        await BenchmarkAsync(many);
        var commands = server.Sql.Commands;

        // Codes, distributions, the aggregate's months and one count, whatever the number of lines.
        Assert.Equal(one, commands.Count);
        Assert.Equal(4, commands.Count);
        Assert.Single(commands, c => c.Contains("json_each", StringComparison.Ordinal) && c.Contains("\"RateObservations\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MoreThanTheCap_IsRefusedAtValidation_AndTheCapFitsTheCostLimit()
    {
        var line = new { code = "96375", amount = 20m };
        using var refused = await database.Server.QueryAsync(Query, new { lines = Enumerable.Repeat(line, 10_001).ToArray() });
        using var client = database.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query, variables = new { lines = Enumerable.Repeat(line, 10_000).ToArray() } }) };
        request.Headers.Add("GraphQL-Cost", "validate");
        using var validated = await client.SendAsync(request);
        using var cost = JsonDocument.Parse(await validated.Content.ReadAsStringAsync());

        var error = Assert.Single(refused.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("FEE_SCHEDULE_TOO_MANY_LINES", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(10_001, error.GetProperty("extensions").GetProperty("detected").GetInt32());
        // 10 (the resolver) + 10,000 / 20 + the selection (1 per object field, each list counted once).
        var fieldCost = cost.RootElement.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble();
        Assert.InRange(fieldCost, 510, 1000);
    }

    [Fact]
    public async Task BadLines_AreCodedErrorsNamingTheLine()
    {
        using var amount = await database.Server.QueryAsync(Query, new { lines = new object[] { Schedule[0], new { code = "96375", amount = -1m } } });
        using var units = await database.Server.QueryAsync(Query, new { lines = new object[] { new { code = "96375", amount = 1m, units = 0 } } });

        var amountError = Assert.Single(amount.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_AMOUNT", amountError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("lines[1].amount", amountError.GetProperty("message").GetString());
        Assert.Equal("INVALID_UNITS", Assert.Single(units.RootElement.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<JsonElement> BenchmarkAsync(object[] lines)
    {
        using var response = await database.Server.QueryAsync(Query, new { lines });
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return response.RootElement.GetProperty("data").GetProperty("benchmarkFeeSchedule").Clone();
    }

    private static (int, decimal, decimal, decimal) Total(JsonElement total) => (total.GetProperty("lines").GetInt32(),
        total.GetProperty("contractValue").GetDecimal(), total.GetProperty("medianValue").GetDecimal(), total.GetProperty("opportunity").GetDecimal());
}
