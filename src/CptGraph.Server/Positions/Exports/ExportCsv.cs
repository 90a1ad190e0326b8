using System.Text;
using System.Text.Json;

namespace CptGraph.Server.Positions.Exports;

/// <summary>Turns the export operations' JSON answers into the spreadsheet rows docs/analyst.md documents.</summary>
public static class ExportCsv
{
    /// <summary>The name a row gives the pooled BUCA aggregate, which has no payer.</summary>
    public const string AggregateName = "BUCA commercial aggregate";

    public static readonly string[] DistributionColumns =
        ["count", "min", "p10", "p25", "median", "p75", "p90", "max", "mean", "spread", "percentOfMedicare", "vintage", "isDemo"];

    public static readonly string[] PositionColumns = ["count", "median", "percentileRank", "differenceFromMedian", "percentFromMedian", "quartile"];

    public static string Benchmark(JsonElement code)
    {
        var csv = new StringBuilder();
        CsvText.Row(csv, ["code", "payer", .. DistributionColumns]);
        var value = code.GetProperty("code").GetString();
        foreach (var rate in code.GetProperty("rates").EnumerateArray())
        {
            CsvText.Row(csv, [value, PayerName(rate), .. DistributionColumns.Select(c => CsvText.Value(rate.GetProperty(c)))]);
        }

        if (code.GetProperty("benchmark").GetProperty("commercialAggregate") is { ValueKind: JsonValueKind.Object } aggregate)
        {
            CsvText.Row(csv, [value, AggregateName, .. DistributionColumns.Select(c => CsvText.Value(aggregate.GetProperty(c)))]);
        }

        return csv.ToString();
    }

    public static string FeeSchedule(JsonElement benchmark)
    {
        var csv = new StringBuilder();
        CsvText.Row(csv, ["line", "code", "modifiers", "amount", "units", "payer", .. PositionColumns, "contractValue", "medianValue", "opportunity"]);
        foreach (var line in benchmark.GetProperty("lines").EnumerateArray())
        {
            string?[] head = [CsvText.Value(line.GetProperty("line")), CsvText.Value(line.GetProperty("code")),
                string.Join(' ', line.GetProperty("modifiers").EnumerateArray().Select(m => m.GetString())),
                CsvText.Value(line.GetProperty("amount")), CsvText.Value(line.GetProperty("units"))];
            var positions = line.GetProperty("position") is { ValueKind: JsonValueKind.Object } position
                ? position.GetProperty("payers").EnumerateArray().Concat(position.GetProperty("commercialAggregate") is { ValueKind: JsonValueKind.Object } a ? [a] : []).ToList()
                : [];
            if (positions.Count == 0)
            {
                CsvText.Row(csv, head);
            }

            foreach (var rate in positions)
            {
                CsvText.Row(csv, [.. head, PayerName(rate), .. PositionColumns.Select(c => CsvText.Value(c == "median" ? rate.GetProperty("distribution").GetProperty(c) : rate.GetProperty(c)))]);
            }
        }

        foreach (var total in benchmark.GetProperty("totals").EnumerateArray())
        {
            CsvText.Row(csv, ["TOTAL", null, null, null, null, PayerName(total), CsvText.Value(total.GetProperty("lines")), null, null, null, null, null,
                CsvText.Value(total.GetProperty("contractValue")), CsvText.Value(total.GetProperty("medianValue")), CsvText.Value(total.GetProperty("opportunity"))]);
        }

        return csv.ToString();
    }

    private static string? PayerName(JsonElement row) =>
        row.GetProperty("payer") is { ValueKind: JsonValueKind.Object } payer ? payer.GetProperty("name").GetString() : AggregateName;
}
