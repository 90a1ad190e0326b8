using System.Net;
using System.Text;
using System.Text.Json;
using CptGraph.Server.Positions.Exports;

namespace CptGraph.Server.Tests.Positions;

/// <summary>The CSV exports answer the same numbers as the GraphQL operations they run (<see cref="AnalystDatabase"/>).</summary>
public sealed class CsvExportTests(AnalystDatabase database) : IClassFixture<AnalystDatabase>
{
    [Fact]
    public async Task BenchmarkCsv_HasOneRowPerServedDistribution_WithTheGraphQLValues()
    {
        using var client = database.Server.CreateClient();
        using var response = await client.GetAsync("/export/codes/96375/benchmark.csv");
        var rows = Rows(await response.Content.ReadAsStringAsync());
        using var graphql = await database.Server.QueryAsync("""
            { code(code: "96375") { rates { payer { name } count median mean percentOfMedicare vintage }
                benchmark { commercialAggregate { count median mean } } } }
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["code", "payer", .. ExportCsv.DistributionColumns], rows[0]);
        var code = graphql.RootElement.GetProperty("data").GetProperty("code");
        var rates = code.GetProperty("rates").EnumerateArray().ToList();
        Assert.Equal(rates.Count + 2, rows.Count);
        foreach (var (rate, row) in rates.Zip(rows.Skip(1)))
        {
            Assert.Equal(rate.GetProperty("payer").GetProperty("name").GetString(), row[1]);
            Assert.Equal(rate.GetProperty("median").GetDecimal(), decimal.Parse(row[Column(rows, "median")]));
            Assert.Equal(rate.GetProperty("mean").GetDecimal(), decimal.Parse(row[Column(rows, "mean")]));
            Assert.Equal(rate.GetProperty("vintage").GetString(), row[Column(rows, "vintage")]);
        }

        var aggregate = rows[^1];
        Assert.Equal((ExportCsv.AggregateName, "8", "25"), (aggregate[1], aggregate[Column(rows, "count")], aggregate[Column(rows, "median")]));
    }

    [Fact]
    public async Task FeeScheduleCsv_PositionsEachLine_AndTotalsEachPayer()
    {
        using var client = database.Server.CreateClient();
        using var content = new StringContent("code,amount,units\r\n96375,22,10\r\n99213,110,5\r\n", Encoding.UTF8, "text/csv");
        using var response = await client.PostAsync("/export/fee-schedule.csv", content);
        var rows = Rows(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var aetna = rows.Single(r => r[0] == "1" && r[5] == "Aetna");
        // 22 among Aetna's 20 | 25 25 30 40: 20th percentile, 3 below its median of 25, under its P25 of 25.
        Assert.Equal((20m, -3m, "FIRST"), (decimal.Parse(aetna[Column(rows, "percentileRank")]), decimal.Parse(aetna[Column(rows, "differenceFromMedian")]), aetna[Column(rows, "quartile")]));
        var total = rows.Single(r => r[0] == "TOTAL" && r[5] == "Aetna");
        // 10 × 22 + 5 × 110 = 770 at my rates; 10 × 25 + 5 × 100 = 750 at the medians; 10 × 3 under.
        Assert.Equal(("2", "770", "750", "30"), (total[Column(rows, "count")], total[Column(rows, "contractValue")], total[Column(rows, "medianValue")], total[Column(rows, "opportunity")]));
    }

    [Fact]
    public async Task FeeScheduleCsv_BadRowsAndLimits_AreRefusedNamingWhat()
    {
        using var client = database.Server.CreateClient();
        using var bad = new StringContent("code,amount\n96375,abc\n", Encoding.UTF8, "text/csv");
        using var badResponse = await client.PostAsync("/export/fee-schedule.csv", bad);
        var tooMany = "code,amount\n" + string.Concat(Enumerable.Repeat("96375,20\n", 10_001));
        using var big = new StringContent(tooMany, Encoding.UTF8, "text/csv");
        using var bigResponse = await client.PostAsync("/export/fee-schedule.csv", big);

        Assert.Equal(HttpStatusCode.BadRequest, badResponse.StatusCode);
        Assert.Equal("fee-schedule.csv line 2: amount 'abc' is not a number.", await badResponse.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, bigResponse.StatusCode);
        using var answer = JsonDocument.Parse(await bigResponse.Content.ReadAsStringAsync());
        Assert.Equal("FEE_SCHEDULE_TOO_MANY_LINES", answer.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static int Column(List<string[]> rows, string name) => Array.IndexOf(rows[0], name);

    // The exports quote nothing here (no commas in these values), so a split reads them.
    private static List<string[]> Rows(string csv) =>
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToList();
}
