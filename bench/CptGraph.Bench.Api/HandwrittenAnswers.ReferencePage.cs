using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace CptGraph.Bench.Api;

/// <summary>
/// A code's reference-graph page by hand (descriptors, HCPCS indicators, MUE, NCCI primaries and PTP edits, PFS
/// indicators and amounts): one command of five statements, written in the order of <c>d-reference-page.graphql</c>.
/// </summary>
public sealed partial class HandwrittenAnswers
{
    private const string ReferencePageSql = $"""
        SELECT Value, CodeType, DescriptorLicensed, LongDescription, ShortDescription, BetosCode, PricingIndicators
        FROM Codes WHERE Value = $code;
        SELECT Units, AdjudicationIndicator, Rationale, EffectiveOn FROM MedicallyUnlikelyEdits WHERE CodeId = {CodeId};
        SELECT RelatedCodeValue, EditType, EffectiveOn, DeletedOn, Note, COUNT(*) OVER () FROM CodeEdges
        WHERE Kind = 'AddOnPrimary' AND CodeId = {CodeId} AND (DeletedOn IS NULL OR DeletedOn >= $today)
        ORDER BY RelatedCodeValue, EffectiveOn, Id LIMIT 20;
        SELECT RelatedCodeValue, ModifierIndicator, EffectiveOn, COUNT(*) OVER () FROM CodeEdges
        WHERE Kind = 'PtpColumn1' AND CodeId = {CodeId} AND (DeletedOn IS NULL OR DeletedOn >= $today)
        ORDER BY RelatedCodeValue, EffectiveOn, Id LIMIT 20;
        SELECT Year, Modifier, Status, GlobalDays, PcTcIndicator, MultipleProcedure, WorkRvu, FacilityNotPriced,
               NonFacilityNationalAmount, FacilityNationalAmount
        FROM MedicareFees WHERE CodeId = {CodeId} ORDER BY Year DESC, Modifier;
        """;

    public async Task ReferencePageAsync(Utf8JsonWriter json, string codeValue, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var reader = await ReadAsync(ReferencePageSql, [("$code", codeValue), ("$today", today)], cancellationToken);
        json.WriteStartObject();
        json.WriteStartObject("data");
        if (!await reader.ReadAsync(cancellationToken))
        {
            json.WriteNull("code");
            json.WriteEndObject();
            json.WriteEndObject();
            return;
        }

        json.WriteStartObject("code");
        json.WriteString("code", reader.GetString(0));
        json.WriteString("codeType", reader.GetString(1));
        json.WriteBoolean("descriptorLicensed", reader.GetBoolean(2));
        WriteNullableString(json, "longDescription", reader, 3);
        WriteNullableString(json, "shortDescription", reader, 4);
        WriteNullableString(json, "betosCode", reader, 5);
        json.WriteStartArray("pricingIndicators");
        foreach (var indicator in reader.IsDBNull(6) ? [] : reader.GetString(6).Split(','))
        {
            json.WriteStringValue(indicator);
        }

        json.WriteEndArray();
        await reader.NextResultAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            json.WriteStartObject("mue");
            json.WriteNumber("units", reader.GetInt32(0));
            json.WriteString("adjudicationIndicator", reader.GetString(1));
            WriteNullableString(json, "rationale", reader, 2);
            WriteNullableString(json, "effectiveDate", reader, 3);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("mue");
        }

        await reader.NextResultAsync(cancellationToken);
        await WriteConnectionAsync(json, "primaryCodes", reader, cancellationToken, row =>
        {
            json.WriteString("relatedCodeValue", (string)row[0]!);
            WriteNullableNumber(json, "editType", row[1] is long editType ? editType : null);
            json.WriteString("effectiveDate", (string)row[2]!);
            json.WriteString("deletionDate", row[3] as string);
            json.WriteBoolean("active", true);
            json.WriteString("note", row[4] as string);
        });
        await WriteConnectionAsync(json, "ptpEdits", reader, cancellationToken, row =>
        {
            var indicator = row[1] as string;
            json.WriteString("relatedCodeValue", (string)row[0]!);
            json.WriteString("modifierIndicator", indicator);
            if (indicator is "0" or "1")
            {
                json.WriteBoolean("modifierAllowed", indicator == "1");
            }
            else
            {
                json.WriteNull("modifierAllowed");
            }

            json.WriteString("effectiveDate", (string)row[2]!);
        });
        await WriteRowsAsync(json, "medicareFees", reader, cancellationToken, () =>
        {
            json.WriteNumber("year", reader.GetInt32(0));
            json.WriteString("modifier", reader.GetString(1));
            json.WriteString("status", reader.GetString(2));
            WriteNullableString(json, "globalDays", reader, 3);
            WriteNullableString(json, "pcTcIndicator", reader, 4);
            WriteNullableString(json, "multipleProcedure", reader, 5);
            json.WriteNumber("workRvu", (decimal)reader.GetDouble(6));
            json.WriteBoolean("facilityNotPriced", reader.GetBoolean(7));
            WriteNullableNumber(json, "nonFacilityNationalAmount", reader.IsDBNull(8) ? null : (decimal)reader.GetDouble(8));
            WriteNullableNumber(json, "facilityNationalAmount", reader.IsDBNull(9) ? null : (decimal)reader.GetDouble(9));
        });
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes <c>{ totalCount nodes [...] }</c> from the current result set (at most a page of rows, so they are read
    /// first: the count comes before the nodes), then moves to the next one. A null column is a null value.
    /// </summary>
    private static async Task WriteConnectionAsync(Utf8JsonWriter json, string name, SqliteDataReader reader,
        CancellationToken cancellationToken, Action<object?[]> writeNode)
    {
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        json.WriteStartObject(name);
        json.WriteNumber("totalCount", rows.Count == 0 ? 0 : Convert.ToInt32(rows[0][^1], CultureInfo.InvariantCulture));
        json.WriteStartArray("nodes");
        foreach (var row in rows)
        {
            json.WriteStartObject();
            writeNode(row);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await reader.NextResultAsync(cancellationToken);
    }
}
