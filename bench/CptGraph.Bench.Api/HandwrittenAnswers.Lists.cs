using System.Text.Json;

namespace CptGraph.Bench.Api;

public sealed partial class HandwrittenAnswers
{
    private const string CodesPageSql = $"""
        SELECT Value FROM Taxonomies WHERE Value = $taxonomy;
        SELECT c.Id, c.Value, c.Description FROM CodeTaxonomies l JOIN Codes c ON c.Id = l.CodeId
        WHERE l.TaxonomyId = (SELECT Id FROM Taxonomies WHERE Value = $taxonomy) ORDER BY c.Value;
        SELECT {DistributionColumns}
          AND d.CodeId IN (SELECT CodeId FROM CodeTaxonomies WHERE TaxonomyId = (SELECT Id FROM Taxonomies WHERE Value = $taxonomy));
        """;

    private const string FilteredCodesSql = $"""
        SELECT Value, Description FROM Diagnoses WHERE Value = $diagnosis;
        SELECT l.Relevance, c.Id, c.Value, c.Description FROM CodeDiagnoses l JOIN Codes c ON c.Id = l.CodeId
        WHERE l.DiagnosisId = (SELECT Id FROM Diagnoses WHERE Value = $diagnosis) ORDER BY c.Value;
        SELECT {DistributionColumns}
          AND d.CodeId IN (SELECT CodeId FROM CodeDiagnoses WHERE DiagnosisId = (SELECT Id FROM Diagnoses WHERE Value = $diagnosis));
        """;

    public async Task CodesPageAsync(Utf8JsonWriter json, string taxonomy, CancellationToken cancellationToken)
    {
        await using var reader = await ReadAsync(CodesPageSql, "$taxonomy", taxonomy, cancellationToken);
        json.WriteStartObject();
        json.WriteStartObject("data");
        if (!await reader.ReadAsync(cancellationToken))
        {
            json.WriteNull("taxonomy");
            json.WriteEndObject();
            json.WriteEndObject();
            return;
        }

        var value = reader.GetString(0);
        await reader.NextResultAsync(cancellationToken);
        var codes = new List<(long Id, string Value, string? Description)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            codes.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        await reader.NextResultAsync(cancellationToken);
        var rates = await ReadDistributionsAsync(reader, cancellationToken);

        json.WriteStartObject("taxonomy");
        json.WriteString("code", value);
        json.WriteStartArray("codes");
        foreach (var code in codes)
        {
            json.WriteStartObject();
            json.WriteString("code", code.Value);
            json.WriteString("description", code.Description);
            WriteShortRates(json, rates.GetValueOrDefault(code.Id), withCount: true);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public async Task FilteredCodesAsync(Utf8JsonWriter json, string diagnosis, CancellationToken cancellationToken)
    {
        await using var reader = await ReadAsync(FilteredCodesSql, "$diagnosis", diagnosis, cancellationToken);
        json.WriteStartObject();
        json.WriteStartObject("data");
        if (!await reader.ReadAsync(cancellationToken))
        {
            json.WriteNull("diagnosis");
            json.WriteEndObject();
            json.WriteEndObject();
            return;
        }

        var (value, description) = (reader.GetString(0), reader.GetString(1));
        await reader.NextResultAsync(cancellationToken);
        var links = new List<(string Relevance, long Id, string Value, string? Description)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            links.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        await reader.NextResultAsync(cancellationToken);
        var rates = await ReadDistributionsAsync(reader, cancellationToken);

        json.WriteStartObject("diagnosis");
        json.WriteString("code", value);
        json.WriteString("description", description);
        json.WriteStartArray("codes");
        foreach (var link in links)
        {
            json.WriteStartObject();
            json.WriteString("relevance", link.Relevance);
            json.WriteStartObject("code");
            json.WriteString("code", link.Value);
            json.WriteString("description", link.Description);
            WriteShortRates(json, rates.GetValueOrDefault(link.Id), withCount: false);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
