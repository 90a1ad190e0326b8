using System.Data.Common;
using System.Globalization;
using System.Text;
using CptGraph.Data;
using CptGraph.Domain.Rates;
using CptGraph.Domain.Statistics;
using CptGraph.Domain.Statistics.Screening;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// Statistics of one code's observations computed out of core: a GROUP BY gives each group's size (and its flag
/// counts) first, then one query sorted by (group, amount) streams the amounts through builders that keep only the
/// values at the ranks a percentile needs. SQLite's sorter spills to temporary files, so memory is the same for ten
/// observations or ten million; nothing of a group is held as objects.
/// </summary>
internal sealed class StreamedGroups(CptGraphDbContext db, IReadOnlyCollection<int> demoRunIds)
{
    private const string Table = "\"RateObservations\"";

    // The SQL here runs on SQLite and PostgreSQL alike: flags are 0/1 integers (PostgreSQL neither sums booleans nor
    // takes their MAX), casts make both return the same integer widths, derived tables are named (PostgreSQL 15 needs it),
    // the sort key is a double (REAL is single precision on PostgreSQL) and no demo runs is a plain 0 (PostgreSQL refuses IN ()).
    private readonly string _isDemo = demoRunIds.Count == 0 ? "0"
        : $"CASE WHEN \"IngestRunId\" IN ({string.Join(",", demoRunIds.Select(id => id.ToString(CultureInfo.InvariantCulture)))}) THEN 1 ELSE 0 END";

    /// <summary>
    /// Per modifier set, the summaries over the union of <paramref name="slices"/> of code <paramref name="codeId"/>
    /// whose billing class is one of <paramref name="sources"/>: over every observation and over the unflagged ones.
    /// The distinct TINs are a <c>COUNT(DISTINCT "ProviderKey")</c> in the same GROUP BY as the sizes, so the database
    /// (its sorter spills like the amounts' sort) holds the keys, not this process.
    /// </summary>
    public async Task<List<StreamedGroup>> SummariseAsync(int codeId, IReadOnlyList<ObservationSlice> slices,
        IReadOnlyList<TicBillingClass> sources, CancellationToken cancellationToken)
    {
        var groups = new List<StreamedGroup>();
        if (slices.Count == 0)
        {
            return groups;
        }

        var rows = Union(slices, sources, $"\"ModifierKey\", \"Amount\", \"ScreeningFlags\", \"ProviderKey\", {_isDemo} AS \"Demo\"");
        var sizes = new Dictionary<string, (long All, long Kept, ScreeningCounts Counts, bool AnyDemo, bool AnyKeptDemo, (int, int) Tins)>(StringComparer.Ordinal);
        await using (var count = Command($"""
            SELECT "ModifierKey", COUNT(*), {Count("\"ScreeningFlags\" = 0", "BIGINT")},
                {Count("(\"ScreeningFlags\" & 1) <> 0")}, {Count("(\"ScreeningFlags\" & 2) <> 0")}, {Count("(\"ScreeningFlags\" & 4) <> 0")},
                {Count("(\"ScreeningFlags\" & 8) <> 0")}, {Count("\"ScreeningFlags\" <> 0")},
                CAST(MAX("Demo") AS BIGINT), CAST(MAX(CASE WHEN "Demo" = 1 AND "ScreeningFlags" = 0 THEN 1 ELSE 0 END) AS BIGINT),
                CAST(COUNT(DISTINCT "ProviderKey") AS INTEGER), CAST(COUNT(DISTINCT CASE WHEN "ScreeningFlags" = 0 THEN "ProviderKey" END) AS INTEGER)
            FROM ({rows}) AS "Rows" GROUP BY "ModifierKey"
            """, codeId, slices))
        await using (var reader = await count.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var counts = new ScreeningCounts
                {
                    ZeroOrSentinel = reader.GetInt32(3), MedicareRatio = reader.GetInt32(4), LogFence = reader.GetInt32(5),
                    Ghost = reader.GetInt32(6), Excluded = reader.GetInt32(7),
                };
                sizes[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2), counts, reader.GetInt64(8) != 0, reader.GetInt64(9) != 0,
                    (reader.GetInt32(10), reader.GetInt32(11)));
            }
        }

        if (sizes.Count == 0)
        {
            return groups;
        }

        await using var stream = Command($"""
            SELECT "ModifierKey", "Amount", "ScreeningFlags", CAST("Amount" AS DOUBLE PRECISION) AS "SortKey"
            FROM ({rows}) AS "Rows" ORDER BY "ModifierKey", "SortKey"
            """, codeId, slices);
        await using var amounts = await stream.ExecuteReaderAsync(cancellationToken);
        string? modifier = null;
        SortedSummaryBuilder? all = null;
        SortedSummaryBuilder? kept = null;
        var ascending = new AscendingAmounts<bool>((amount, unflagged) =>
        {
            all!.Add(amount);
            if (unflagged)
            {
                kept!.Add(amount);
            }
        });

        void Finish()
        {
            if (modifier is null)
            {
                return;
            }

            ascending.Flush();
            var size = sizes[modifier];
            groups.Add(new StreamedGroup(modifier, all!.Build(), kept?.Build(), size.Counts, size.AnyDemo, size.AnyKeptDemo, size.Tins));
        }

        while (await amounts.ReadAsync(cancellationToken))
        {
            var key = amounts.GetString(0);
            if (!string.Equals(key, modifier, StringComparison.Ordinal))
            {
                Finish();
                modifier = key;
                var size = sizes[key];
                all = new SortedSummaryBuilder(size.All);
                kept = size.Kept > 0 ? new SortedSummaryBuilder(size.Kept) : null;
            }

            ascending.Add(amounts, 1, 3, amounts.GetInt32(2) == 0);
        }

        Finish();
        return groups;
    }

    /// <summary>
    /// The log fences of each fence group (modifier set, institutional or not) of one slice of one code, streamed in
    /// amount order; a group too small for fences maps to null.
    /// </summary>
    public async Task<Dictionary<(string ModifierKey, bool Institutional), (double Lower, double Upper)?>> FencesAsync(
        int codeId, ObservationSlice slice, CancellationToken cancellationToken)
    {
        var institutional = $"CAST(CASE WHEN \"BillingClass\" = '{nameof(TicBillingClass.Institutional)}' THEN 1 ELSE 0 END AS BIGINT)";
        var rows = Union([slice], null, $"\"ModifierKey\", \"Amount\", {institutional} AS \"Institutional\"");
        var sizes = new Dictionary<(string, bool), long>();
        await using (var count = Command($"""SELECT "ModifierKey", "Institutional", COUNT(*) FROM ({rows}) AS "Rows" GROUP BY "ModifierKey", "Institutional" """, codeId, [slice]))
        await using (var reader = await count.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                sizes[(reader.GetString(0), reader.GetInt64(1) != 0)] = reader.GetInt64(2);
            }
        }

        var fences = new Dictionary<(string, bool), (double, double)?>();
        await using var stream = Command($"""
            SELECT "ModifierKey", "Institutional", "Amount", CAST("Amount" AS DOUBLE PRECISION) AS "SortKey"
            FROM ({rows}) AS "Rows" ORDER BY "ModifierKey", "Institutional", "SortKey"
            """, codeId, [slice]);
        await using var amounts = await stream.ExecuteReaderAsync(cancellationToken);
        (string, bool)? group = null;
        SortedLogFenceBuilder? builder = null;
        var ascending = new AscendingAmounts<bool>((amount, _) => builder!.Add(amount));
        while (await amounts.ReadAsync(cancellationToken))
        {
            var key = (amounts.GetString(0), amounts.GetInt64(1) != 0);
            if (group != key)
            {
                if (group is { } previous)
                {
                    ascending.Flush();
                    fences[previous] = builder!.Build();
                }

                group = key;
                builder = new SortedLogFenceBuilder(sizes[key]);
            }

            ascending.Add(amounts, 2, 3, false);
        }

        if (group is { } last)
        {
            ascending.Flush();
            fences[last] = builder!.Build();
        }

        return fences;
    }

    /// <summary>How many rows satisfy <paramref name="condition"/>, as an INTEGER (or <paramref name="type"/>) on both stores.</summary>
    private static string Count(string condition, string type = "INTEGER") => $"CAST(SUM(CASE WHEN {condition} THEN 1 ELSE 0 END) AS {type})";

    // One index range seek per slice (payer, month, code lead the unique index), concatenated.
    private static string Union(IReadOnlyList<ObservationSlice> slices, IReadOnlyList<TicBillingClass>? sources, string columns)
    {
        var classes = sources is null ? "" : $" AND \"BillingClass\" IN ({string.Join(",", sources.Select(s => $"'{s}'"))})";
        var sql = new StringBuilder();
        for (var i = 0; i < slices.Count; i++)
        {
            sql.Append(i == 0 ? "" : " UNION ALL ")
                .Append(CultureInfo.InvariantCulture, $"SELECT {columns} FROM {Table} WHERE \"PayerId\" = @p{i} AND \"VintageMonth\" = @m{i} AND \"CodeId\" = @code{classes}");
        }

        return sql.ToString();
    }

    private DbCommand Command(string sql, int codeId, IReadOnlyList<ObservationSlice> slices)
    {
        var names = new List<string> { "@code" };
        for (var i = 0; i < slices.Count; i++)
        {
            names.Add($"@p{i}");
            names.Add($"@m{i}");
        }

        var command = IngestCommands.Create(db, sql, [.. names]);
        command.Parameters[0].Value = codeId;
        for (var i = 0; i < slices.Count; i++)
        {
            command.Parameters[1 + 2 * i].Value = slices[i].PayerId;
            command.Parameters[2 + 2 * i].Value = slices[i].VintageMonth;
        }

        return command;
    }
}
