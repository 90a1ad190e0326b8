using System.Text.Json;
using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;
using Microsoft.Data.Sqlite;

namespace CptGraph.Bench.Api;

/// <summary>
/// The hand-written answers: each operation is one SQLite command of several statements (one round trip), read
/// with a data reader and written straight to the response with a <see cref="Utf8JsonWriter"/>. The domain's pure
/// functions (benchmark, summary, percent of Medicare) are reused so the numbers are the server's.
/// </summary>
public sealed partial class HandwrittenAnswers(string connectionString)
{
    private const string Professional = nameof(BillingClass.Professional);

    private Task<SqliteDataReader> ReadAsync(string sql, string parameter, string value, CancellationToken cancellationToken) =>
        ReadAsync(sql, [(parameter, value)], cancellationToken);

    private async Task<SqliteDataReader> ReadAsync(string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.Parameters.AddWithValue("$billingClass", Professional);
        return await command.ExecuteReaderAsync(System.Data.CommandBehavior.CloseConnection, cancellationToken);
    }

    /// <summary>Reads distributions (code id, then the columns of <see cref="DistributionColumns"/>) in the server's order.</summary>
    private static async Task<Dictionary<long, List<PayerDistribution>>> ReadDistributionsAsync(SqliteDataReader reader, CancellationToken cancellationToken)
    {
        var byCode = new Dictionary<long, List<PayerDistribution>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var distribution = new RateDistribution
            {
                Count = reader.GetInt32(1),
                Min = (decimal)reader.GetDouble(2),
                P10 = (decimal)reader.GetDouble(3),
                P25 = (decimal)reader.GetDouble(4),
                Median = (decimal)reader.GetDouble(5),
                P75 = (decimal)reader.GetDouble(6),
                P90 = (decimal)reader.GetDouble(7),
                Max = (decimal)reader.GetDouble(8),
                Mean = (decimal)reader.GetDouble(9),
                IsDemo = reader.GetBoolean(10),
            };
            var payer = reader.IsDBNull(11) ? null : new Payer
            {
                Name = reader.GetString(11),
                Kind = Enum.Parse<PayerKind>(reader.GetString(12)),
                IsBuca = reader.GetBoolean(13),
            };
            var codeId = reader.GetInt64(0);
            if (!byCode.TryGetValue(codeId, out var list))
            {
                byCode[codeId] = list = [];
            }

            list.Add(new PayerDistribution(distribution, payer));
        }

        foreach (var list in byCode.Values)
        {
            list.Sort(static (a, b) => Rank(a).CompareTo(Rank(b)) is var byKind and not 0
                ? byKind
                : string.CompareOrdinal(a.Payer?.Name, b.Payer?.Name));
        }

        return byCode;
    }

    private static int Rank(PayerDistribution item) => item.Payer is null ? 2 : item.Payer.Kind == PayerKind.Medicare ? 1 : 0;

    /// <summary>
    /// The distributions a code's <c>rates</c> and <c>benchmark</c> serve by default (and <c>where: { rates: ... }</c>
    /// filters on): unscreened PROFESSIONAL distributions of the unmodified code, each payer's (and the aggregate's)
    /// latest vintage.
    /// </summary>
    private const string LatestDistribution =
        "d.BillingClass = $billingClass AND d.ModifierKey = '' AND d.Screened = 0 " +
        "AND d.VintageMonth = (SELECT MAX(v.VintageMonth) FROM RateDistributions v WHERE v.CodeId = d.CodeId AND v.PayerId IS d.PayerId " +
        "AND v.BillingClass = $billingClass AND v.ModifierKey = '' AND v.Screened = 0)";

    private const string DistributionColumns =
        "d.CodeId, d.Count, d.Min, d.P10, d.P25, d.Median, d.P75, d.P90, d.Max, d.Mean, d.IsDemo, p.Name, p.Kind, p.IsBuca " +
        "FROM RateDistributions d LEFT JOIN Payers p ON p.Id = d.PayerId WHERE " + LatestDistribution;

    /// <summary>The payers' rates only (no aggregate), as the list queries' <c>rates</c>.</summary>
    private const string LatestRateColumns = DistributionColumns + " AND d.PayerId IS NOT NULL";

    /// <summary>The short rate rows of the list queries: payer name and the chosen statistics, the aggregate left out.</summary>
    private static void WriteShortRates(Utf8JsonWriter json, List<PayerDistribution>? items, bool withCount)
    {
        json.WriteStartArray("rates");
        foreach (var item in items ?? [])
        {
            if (item.Payer is null)
            {
                continue;
            }

            json.WriteStartObject();
            json.WriteStartObject("payer");
            json.WriteString("name", item.Payer.Name);
            json.WriteEndObject();
            if (withCount)
            {
                json.WriteNumber("count", item.Distribution.Count);
            }

            json.WriteNumber("median", item.Distribution.Median);
            json.WriteNumber("mean", item.Distribution.Mean);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNullableString(Utf8JsonWriter json, string name, SqliteDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, reader.GetString(ordinal));
        }
    }
}
