using System.Text.Json;

namespace CptGraph.Bench.Api;

public sealed partial class HandwrittenAnswers
{
    // (b) codes(first: $first, order: [{ code: ASC }]): the first page of codes by code, each with its latest payer rates.
    private const string CodesPageCodes = "SELECT Id, Value, Description FROM Codes ORDER BY Value, Id LIMIT $first";

    private const string CodesPageSql = $"""
        {CodesPageCodes};
        SELECT {LatestRateColumns} AND d.CodeId IN (SELECT Id FROM ({CodesPageCodes}));
        """;

    // (c) codes(where: { rates: { some: { payer: { name: { eq: $payer } }, mean: { gt: $minMean } } } },
    //           order: [{ code: DESC }], first: $first): the filter is an EXISTS over the same latest payer rates.
    private const string FilteredCodesCodes = $"""
        SELECT c.Id, c.Value, c.Description FROM Codes c
        WHERE EXISTS (SELECT 1 FROM RateDistributions d JOIN Payers p ON p.Id = d.PayerId
                      WHERE d.CodeId = c.Id AND {LatestDistribution} AND p.Name = $payer AND d.Mean > $minMean)
        ORDER BY c.Value DESC, c.Id DESC LIMIT $first
        """;

    private const string FilteredCodesSql = $"""
        {FilteredCodesCodes};
        SELECT {LatestRateColumns} AND d.CodeId IN (SELECT Id FROM ({FilteredCodesCodes}));
        """;

    public async Task CodesPageAsync(Utf8JsonWriter json, int first, CancellationToken cancellationToken)
    {
        await using var reader = await ReadAsync(CodesPageSql, [("$first", first)], cancellationToken);
        await WriteCodesConnectionAsync(json, reader, withCount: true, cancellationToken);
    }

    public async Task FilteredCodesAsync(Utf8JsonWriter json, string payer, decimal minMean, int first, CancellationToken cancellationToken)
    {
        await using var reader = await ReadAsync(FilteredCodesSql, [("$payer", payer), ("$minMean", (double)minMean), ("$first", first)], cancellationToken);
        await WriteCodesConnectionAsync(json, reader, withCount: false, cancellationToken);
    }

    /// <summary>Writes <c>{"data":{"codes":{"nodes":[{code, description, rates}]}}}</c> from a page of codes, then their rates.</summary>
    private static async Task WriteCodesConnectionAsync(Utf8JsonWriter json, Microsoft.Data.Sqlite.SqliteDataReader reader, bool withCount, CancellationToken cancellationToken)
    {
        var codes = new List<(long Id, string Value, string? Description)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            codes.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        await reader.NextResultAsync(cancellationToken);
        var rates = await ReadDistributionsAsync(reader, cancellationToken);

        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("codes");
        json.WriteStartArray("nodes");
        foreach (var code in codes)
        {
            json.WriteStartObject();
            json.WriteString("code", code.Value);
            json.WriteString("description", code.Description);
            WriteShortRates(json, rates.GetValueOrDefault(code.Id), withCount);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
