using System.Text.Json;
using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Codes;
using CptGraph.Domain.Statistics;

namespace CptGraph.Bench.Api;

/// <summary>
/// The full 96375 page by hand: long because it writes every field of the README query in order, which is the point
/// of a hand-written limit; one command of seven statements feeds it.
/// </summary>
public sealed partial class HandwrittenAnswers
{
    private const string CodeId = "(SELECT Id FROM Codes WHERE Value = $code)";

    private const string CodePageSql = $"""
        SELECT Value, Description, Title, Headline, Summary, Significance, Overview, ServiceType, SiteOfService,
               ServiceLine, ClinicalContext, UsageNotes, ScopeNote FROM Codes WHERE Value = $code;
        SELECT m.Value, m.Name, l.Usage FROM CodeModifiers l JOIN Modifiers m ON m.Id = l.ModifierId
        WHERE l.CodeId = {CodeId} ORDER BY m.Value;
        SELECT t.Value, t.Specialty FROM CodeTaxonomies l JOIN Taxonomies t ON t.Id = l.TaxonomyId
        WHERE l.CodeId = {CodeId} ORDER BY t.Value;
        SELECT g.Value, g.Description, l.Relevance FROM CodeDiagnoses l JOIN Diagnoses g ON g.Id = l.DiagnosisId
        WHERE l.CodeId = {CodeId} ORDER BY l.DiagnosisId;
        SELECT r.Value, r.Description, l.Relationship FROM CodeRelations l JOIN Codes r ON r.Id = l.RelatedCodeId
        WHERE l.CodeId = {CodeId} ORDER BY l.RelatedCodeId;
        SELECT Year, Status, NonFacilityNationalAmount, ConversionFactor FROM MedicareFees
        WHERE CodeId = {CodeId} ORDER BY Year DESC, Modifier;
        SELECT {DistributionColumns} AND d.CodeId = {CodeId};
        """;

    public async Task CodePageAsync(Utf8JsonWriter json, string codeValue, CancellationToken cancellationToken)
    {
        await using var reader = await ReadAsync(CodePageSql, "$code", codeValue, cancellationToken);
        json.WriteStartObject();
        json.WriteStartObject("data");
        if (!await reader.ReadAsync(cancellationToken))
        {
            json.WriteNull("code");
            json.WriteEndObject();
            json.WriteEndObject();
            return;
        }

        string? Text(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
        var code = new Code
        {
            Value = reader.GetString(0), Description = Text(1), Title = Text(2), Headline = Text(3), Summary = Text(4),
            Significance = Text(5), Overview = Text(6), ServiceType = Text(7), SiteOfService = Text(8), ServiceLine = Text(9),
            ClinicalContext = Text(10), UsageNotes = Text(11), ScopeNote = Text(12),
        };

        json.WriteStartObject("code");
        json.WriteString("code", code.Value);
        json.WriteString("description", code.Description);
        json.WriteString("serviceType", code.ServiceType);
        json.WriteString("siteOfService", code.SiteOfService);
        json.WriteString("clinicalContext", code.ClinicalContext);
        json.WriteStartArray("missingMetadata");
        foreach (var name in CodeMetadata.Missing(code))
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        await reader.NextResultAsync(cancellationToken);
        await WriteRowsAsync(json, "modifiers", reader, cancellationToken, () =>
        {
            json.WriteStartObject("modifier");
            json.WriteString("code", reader.GetString(0));
            json.WriteString("name", reader.GetString(1));
            json.WriteEndObject();
            json.WriteString("usage", reader.GetString(2));
        });
        await WriteRowsAsync(json, "taxonomies", reader, cancellationToken, () =>
        {
            json.WriteString("code", reader.GetString(0));
            json.WriteString("specialty", reader.GetString(1));
        });
        await WriteRowsAsync(json, "diagnoses", reader, cancellationToken, () =>
        {
            json.WriteStartObject("diagnosis");
            json.WriteString("code", reader.GetString(0));
            json.WriteString("description", reader.GetString(1));
            json.WriteEndObject();
            json.WriteString("relevance", reader.GetString(2));
        });
        await WriteRowsAsync(json, "relatedCodes", reader, cancellationToken, () =>
        {
            json.WriteStartObject("code");
            json.WriteString("code", reader.GetString(0));
            WriteNullableString(json, "description", reader, 1);
            json.WriteEndObject();
            json.WriteString("relationship", reader.GetString(2));
        });
        await WriteRowsAsync(json, "medicareFees", reader, cancellationToken, () =>
        {
            json.WriteNumber("year", reader.GetInt32(0));
            json.WriteString("status", reader.GetString(1));
            if (reader.IsDBNull(2))
            {
                json.WriteNull("nonFacilityNationalAmount");
            }
            else
            {
                json.WriteNumber("nonFacilityNationalAmount", (decimal)reader.GetDouble(2));
            }

            json.WriteNumber("conversionFactor", (decimal)reader.GetDouble(3));
        });

        var items = (await ReadDistributionsAsync(reader, cancellationToken)).Values.SingleOrDefault() ?? [];
        var benchmark = BenchmarkCalculator.Compute(code.Value, items);
        var medicareMean = benchmark.Medicare?.Distribution.Mean;
        json.WriteStartArray("rates");
        foreach (var item in items.Where(i => i.Payer is not null))
        {
            json.WriteStartObject();
            WriteFullRate(json, item, medicareMean);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteBenchmark(json, benchmark);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Writes one array of objects from the current result set, then moves to the next one.</summary>
    private static async Task WriteRowsAsync(Utf8JsonWriter json, string name, Microsoft.Data.Sqlite.SqliteDataReader reader, CancellationToken cancellationToken, Action writeRow)
    {
        json.WriteStartArray(name);
        while (await reader.ReadAsync(cancellationToken))
        {
            json.WriteStartObject();
            writeRow();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        await reader.NextResultAsync(cancellationToken);
    }

    private static void WriteFullRate(Utf8JsonWriter json, PayerDistribution item, decimal? medicareMean)
    {
        var d = item.Distribution;
        json.WriteStartObject("payer");
        json.WriteString("name", item.Payer!.Name);
        json.WriteString("kind", item.Payer.Kind.ToString().ToUpperInvariant());
        json.WriteBoolean("isBuca", item.Payer.IsBuca);
        json.WriteEndObject();
        json.WriteNumber("count", d.Count);
        json.WriteNumber("min", d.Min);
        json.WriteNumber("p10", d.P10);
        json.WriteNumber("p25", d.P25);
        json.WriteNumber("median", d.Median);
        json.WriteNumber("p75", d.P75);
        json.WriteNumber("p90", d.P90);
        json.WriteNumber("max", d.Max);
        json.WriteNumber("mean", d.Mean);
        json.WriteNumber("spread", item.Spread);
        WriteNullableNumber(json, "percentOfMedicare", medicareMean is { } medicare ? RateStatistics.PercentOf(d.Mean, medicare) : null);
        json.WriteBoolean("isDemo", d.IsDemo);
    }

    private static void WriteBenchmark(Utf8JsonWriter json, Benchmark benchmark)
    {
        json.WriteStartObject("benchmark");
        if (benchmark.Medicare is { } medicare)
        {
            json.WriteStartObject("medicare");
            json.WriteNumber("mean", medicare.Distribution.Mean);
            json.WriteNumber("p25", medicare.Distribution.P25);
            json.WriteNumber("p75", medicare.Distribution.P75);
            json.WriteNumber("spread", medicare.Spread);
            json.WriteNumber("count", medicare.Distribution.Count);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("medicare");
        }

        if (benchmark.CommercialAggregate is { } aggregate)
        {
            json.WriteStartObject("commercialAggregate");
            json.WriteNumber("mean", aggregate.Distribution.Mean);
            json.WriteNumber("count", aggregate.Distribution.Count);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("commercialAggregate");
        }

        WriteNullableNumber(json, "gap", benchmark.Gap);
        WriteNullableNumber(json, "gapPercent", benchmark.GapPercent);
        WriteSpread(json, "widestSpread", benchmark.WidestSpread);
        WriteSpread(json, "tightestSpread", benchmark.TightestSpread);
        json.WriteString("summary", BenchmarkSummaryWriter.Write(benchmark));
        json.WriteEndObject();
    }

    private static void WriteSpread(Utf8JsonWriter json, string name, PayerDistribution? item)
    {
        if (item is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteStartObject("payer");
        json.WriteString("name", item.Payer!.Name);
        json.WriteEndObject();
        json.WriteNumber("spread", item.Spread);
        json.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
