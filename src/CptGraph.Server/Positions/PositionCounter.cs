using System.Globalization;
using System.Text;
using System.Text.Json;
using CptGraph.Data;
using CptGraph.Domain.Positions;
using CptGraph.Domain.Rates;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Positions;

/// <summary>
/// Counts, for any number of probes in ONE statement, the observations below and tied with each probe's amount: the
/// probes travel as one JSON parameter that the store unpacks into rows (SQLite <c>json_each</c>, PostgreSQL
/// <c>jsonb_array_elements</c>) and joins to the observations by the leading columns of their unique index (payer,
/// vintage month, code, modifier set, billing class), so each probe is an index range seek and a fee schedule of
/// thousands of lines costs one round trip. The observations are those the served distribution summarises: the
/// billing classes that feed it and, when screened, only the unflagged ones.
/// </summary>
public static class PositionCounter
{
    public static async Task<IReadOnlyDictionary<int, ObservationRank>> CountAsync(CptGraphDbContext db, IReadOnlyCollection<PositionProbe> probes,
        BillingClass billingClass, bool screened, CancellationToken cancellationToken)
    {
        if (probes.Count == 0)
        {
            return new Dictionary<int, ObservationRank>();
        }

        var sql = Sql(db.Database.IsNpgsql(), billingClass, screened);
        var rows = await db.Database.SqlQueryRaw<ProbeRankRow>(sql, Json(probes)).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Probe, r => new ObservationRank(r.Below, r.Equal, r.Count));
    }

    // [[probe, payer, month, code, modifiers, amount], ...]: one element per slice, so the aggregate's probe has several.
    private static string Json(IEnumerable<PositionProbe> probes)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var probe in probes)
            {
                foreach (var (payerId, month) in probe.Slices)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(probe.Id);
                    json.WriteNumberValue(payerId);
                    json.WriteStringValue(month);
                    json.WriteNumberValue(probe.CodeId);
                    json.WriteStringValue(probe.ModifierKey);
                    json.WriteNumberValue(probe.Amount);
                    json.WriteEndArray();
                }
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Sql(bool postgres, BillingClass billingClass, bool screened)
    {
        var probes = postgres
            ? """
              SELECT (e->>0)::integer AS "Probe", (e->>1)::integer AS "PayerId", e->>2 AS "Month", (e->>3)::integer AS "CodeId",
                  e->>4 AS "ModifierKey", (e->>5)::double precision AS "Amount"
              FROM jsonb_array_elements(CAST({0} AS jsonb)) AS e
              """
            : """
              SELECT json_extract(value, '$[0]') AS "Probe", json_extract(value, '$[1]') AS "PayerId", json_extract(value, '$[2]') AS "Month",
                  json_extract(value, '$[3]') AS "CodeId", json_extract(value, '$[4]') AS "ModifierKey", CAST(json_extract(value, '$[5]') AS REAL) AS "Amount"
              FROM json_each({0})
              """;
        var classes = string.Join(", ", BillingClassRules.Sources(billingClass).Select(c => $"'{c}'"));
        var tolerance = RatePositions.TieTolerance.ToString("0.#####", CultureInfo.InvariantCulture);
        return $"""
            SELECT t."Probe" AS "Probe",
                CAST(SUM(CASE WHEN o."Amount" < t."Amount" - {tolerance} THEN 1 ELSE 0 END) AS BIGINT) AS "Below",
                CAST(SUM(CASE WHEN o."Amount" >= t."Amount" - {tolerance} AND o."Amount" <= t."Amount" + {tolerance} THEN 1 ELSE 0 END) AS BIGINT) AS "Equal",
                CAST(COUNT(*) AS BIGINT) AS "Count"
            FROM ({probes}) AS t
            JOIN "RateObservations" AS o ON o."PayerId" = t."PayerId" AND o."VintageMonth" = t."Month" AND o."CodeId" = t."CodeId"
                AND o."ModifierKey" = t."ModifierKey" AND o."BillingClass" IN ({classes}){(screened ? " AND o.\"ScreeningFlags\" = 0" : "")}
            GROUP BY t."Probe"
            """;
    }
}
