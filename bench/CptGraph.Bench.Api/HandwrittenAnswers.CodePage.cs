using System.Text.Json;
using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Codes;
using CptGraph.Domain.Reference;
using CptGraph.Server.Codes;
using CptGraph.Domain.Statistics;

namespace CptGraph.Bench.Api;

/// <summary>
/// The full 96375 page by hand: long because it writes every field of the README query in order, which is the point
/// of a hand-written limit; one command of eight statements feeds it.
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
        SELECT e.Kind, c.Value, c.Description, r.Value, r.Description, e.EditType, e.ModifierIndicator, e.EffectiveOn,
               e.DeletedOn, e.Note
        FROM CodeEdges e JOIN Codes c ON c.Id = e.CodeId JOIN Codes r ON r.Id = e.RelatedCodeId
        WHERE (e.CodeId = {CodeId} OR e.RelatedCodeId = {CodeId}) AND (e.DeletedOn IS NULL OR e.DeletedOn >= $today)
        ORDER BY e.Kind, e.RelatedCodeValue, e.Id;
        SELECT Year, Status, NonFacilityNationalAmount, ConversionFactor FROM MedicareFees
        WHERE CodeId = {CodeId} ORDER BY Year DESC, Modifier;
        SELECT {DistributionColumns} AND d.CodeId = {CodeId};
        """;

    public async Task CodePageAsync(Utf8JsonWriter json, string codeValue, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await using var reader = await ReadAsync(CodePageSql, [("$code", codeValue), ("$today", today)], cancellationToken);
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
        await WriteRelatedCodesAsync(json, code.Value, reader, cancellationToken);
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

    /// <summary>
    /// <c>relatedCodes</c>: the curated relations (one result set), then the active official NCCI edits in both
    /// directions (the next), described by the server's own words; moves past both.
    /// </summary>
    private static async Task WriteRelatedCodesAsync(Utf8JsonWriter json, string codeValue, Microsoft.Data.Sqlite.SqliteDataReader reader, CancellationToken cancellationToken)
    {
        json.WriteStartArray("relatedCodes");
        while (await reader.ReadAsync(cancellationToken))
        {
            WriteRelated(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
            var kind = Enum.Parse<CodeEdgeKind>(reader.GetString(0));
            var edge = new CodeEdge
            {
                Kind = kind,
                RelatedCodeValue = reader.GetString(3),
                EditType = reader.IsDBNull(5) ? null : reader.GetInt32(5),
                ModifierIndicator = Text(6),
                EffectiveOn = DateOnly.Parse(reader.GetString(7), System.Globalization.CultureInfo.InvariantCulture),
                DeletedOn = Text(8) is { } deleted ? DateOnly.Parse(deleted, System.Globalization.CultureInfo.InvariantCulture) : null,
                Note = Text(9),
            };
            if (reader.GetString(1) == codeValue)
            {
                WriteRelated(reader.GetString(3), Text(4), RelatedCodeLists.Describe(edge, kind == CodeEdgeKind.AddOnPrimary ? RelatedCodeKind.AddOnPrimary : RelatedCodeKind.PtpColumn1));
            }

            if (reader.GetString(3) == codeValue)
            {
                WriteRelated(reader.GetString(1), Text(2), RelatedCodeLists.Describe(edge, kind == CodeEdgeKind.AddOnPrimary ? RelatedCodeKind.AddOnCode : RelatedCodeKind.PtpColumn2));
            }
        }

        json.WriteEndArray();
        await reader.NextResultAsync(cancellationToken);

        void WriteRelated(string related, string? description, string relationship)
        {
            json.WriteStartObject();
            json.WriteStartObject("code");
            json.WriteString("code", related);
            json.WriteString("description", description);
            json.WriteEndObject();
            json.WriteString("relationship", relationship);
            json.WriteEndObject();
        }
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
        json.WriteString("summary", BenchmarkSummaryWriter.Write(benchmark, new Domain.Rates.LowSampleRule()));
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
