using System.Globalization;
using CptGraph.Data;
using CptGraph.Domain.Rates;
using CptGraph.Domain.Statistics.Screening;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// Refreshes the screening flags of one slice of one code in a single UPDATE: the per-observation rules
/// (<see cref="ObservationScreener.FlagOne"/>) run inside SQLite as a function of the row, so no observation is
/// read into memory, and only rows whose flags change are written. The rule's inputs (Medicare reference, fences)
/// are set per call; the function is registered once on the ingest's connection.
/// PostgreSQL cannot call back into .NET, so there the slice's rows are streamed (id and the rule's four inputs only),
/// flagged with the same <see cref="Screen"/> and the changed ones written back in batches through <c>unnest</c>.
/// </summary>
internal sealed class ScreeningUpdate : IDisposable
{
    private const string FunctionName = "cptgraph_screen";

    private const int PostgresBatch = 10_000;

    private readonly System.Data.Common.DbCommand _update;
    private readonly System.Data.Common.DbCommand? _postgresWrite;
    private readonly int _medicareId;
    private ObservationSlice _slice;
    private MedicareReference _medicare = MedicareReference.None;
    private Dictionary<(string ModifierKey, bool Institutional), (double Lower, double Upper)?> _fences = [];

    public ScreeningUpdate(CptGraphDbContext db, int medicareId)
    {
        _medicareId = medicareId;
        if (db.Database.GetDbConnection() is not SqliteConnection connection)
        {
            _update = IngestCommands.Create(db, """
                SELECT "Id", "ScreeningFlags", "Amount", "ModifierKey", "BillingClass" FROM "RateObservations"
                WHERE "PayerId" = @payer AND "VintageMonth" = @month AND "CodeId" = @code
                """, "@payer", "@month", "@code");
            _postgresWrite = IngestCommands.Create(db, """
                UPDATE "RateObservations" o SET "ScreeningFlags" = c.flags
                FROM unnest(@ids, @flags) AS c(id, flags) WHERE o."Id" = c.id
                """, "@ids", "@flags");
            return;
        }

        connection.CreateFunction<long, object, string, string, long>(FunctionName, Screen, isDeterministic: false);
        _update = IngestCommands.Create(db, $"""
            UPDATE "RateObservations" SET "ScreeningFlags" = {FunctionName}("ScreeningFlags", "Amount", "ModifierKey", "BillingClass")
            WHERE "PayerId" = @payer AND "VintageMonth" = @month AND "CodeId" = @code
              AND "ScreeningFlags" <> {FunctionName}("ScreeningFlags", "Amount", "ModifierKey", "BillingClass")
            """, "@payer", "@month", "@code");
    }

    /// <summary>Writes the refreshed flags of <paramref name="slice"/>'s observations of <paramref name="codeId"/>.</summary>
    public async Task ApplyAsync(int codeId, ObservationSlice slice, MedicareReference medicare,
        Dictionary<(string ModifierKey, bool Institutional), (double Lower, double Upper)?> fences, CancellationToken cancellationToken)
    {
        (_slice, _medicare, _fences) = (slice, medicare, fences);
        _update.Parameters[0].Value = slice.PayerId;
        _update.Parameters[1].Value = slice.VintageMonth;
        _update.Parameters[2].Value = codeId;
        if (_postgresWrite is null)
        {
            await _update.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        // Read the whole slice before writing: the connection runs one command at a time.
        var changed = new List<(long Id, long Flags)>();
        await using (var reader = await _update.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var flags = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
                var screened = Screen(flags, reader.GetValue(2), reader.GetString(3), reader.GetString(4));
                if (screened != flags)
                {
                    changed.Add((reader.GetInt64(0), screened));
                }
            }
        }

        foreach (var batch in changed.Chunk(PostgresBatch))
        {
            _postgresWrite.Parameters[0].Value = batch.Select(c => c.Id).ToArray();
            _postgresWrite.Parameters[1].Value = batch.Select(c => (int)c.Flags).ToArray();
            await _postgresWrite.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        _update.Dispose();
        _postgresWrite?.Dispose();
    }

    private long Screen(long flags, object amount, string modifierKey, string billingClass)
    {
        var billing = billingClass switch
        {
            nameof(TicBillingClass.Professional) => TicBillingClass.Professional,
            nameof(TicBillingClass.Institutional) => TicBillingClass.Institutional,
            _ => Enum.Parse<TicBillingClass>(billingClass),
        };
        var value = amount switch
        {
            decimal exact => exact,
            double real => (decimal)real,
            long integer => integer,
            _ => decimal.Parse(Convert.ToString(amount, CultureInfo.InvariantCulture)!, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture),
        };
        var observation = new PricedObservation(_slice.PayerId, false, modifierKey, billing, value, false, _slice.VintageMonth, (ScreeningFlags)flags);
        var fences = _fences.GetValueOrDefault((modifierKey, ObservationScreener.IsInstitutionalFenceFamily(billing)));
        return (long)ObservationScreener.FlagOne(observation, _medicare, _medicareId, fences);
    }
}
