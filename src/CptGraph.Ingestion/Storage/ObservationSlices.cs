using System.Data.Common;
using CptGraph.Data;
using CptGraph.Domain.Payers;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// Reads observations for a recompute by "slice" — one payer's vintage month — and a range of code ids, the
/// leading columns of the unique index (PayerId, VintageMonth, CodeId, …). Every read is therefore an index range
/// seek whose cost is the rows it returns; a query by code id alone (no index leads with it) scanned the whole table
/// once per chunk of codes, which made the recompute of a big file quadratic. Plain ADO on the ingest's connection
/// and transaction: EF's materialisation cost as much as the reads.
/// </summary>
internal sealed class ObservationSlices : IDisposable
{
    private readonly DbCommand _has;
    private readonly DbCommand _nextPayer;
    private readonly DbCommand _nextMonth;
    private readonly Dictionary<int, bool> _demoRuns;
    private readonly Dictionary<int, bool> _bucaPayers;

    private ObservationSlices(CptGraphDbContext db, Dictionary<int, bool> demoRuns, Dictionary<int, bool> bucaPayers)
    {
        _demoRuns = demoRuns;
        _bucaPayers = bucaPayers;
        _has = IngestCommands.Create(db, """
            SELECT EXISTS (SELECT 1 FROM "RateObservations" WHERE "PayerId" = @payer AND "VintageMonth" = @month AND "CodeId" = @code)
            """, "@payer", "@month", "@code");
        // MIN over an index prefix is one seek each, so listing the slices never scans observations.
        _nextPayer = IngestCommands.Create(db, """SELECT MIN("PayerId") FROM "RateObservations" WHERE "PayerId" > @payer""", "@payer");
        _nextMonth = IngestCommands.Create(db, """SELECT MIN("VintageMonth") FROM "RateObservations" WHERE "PayerId" = @payer AND "VintageMonth" > @month""", "@payer", "@month");
    }

    public static async Task<ObservationSlices> OpenAsync(CptGraphDbContext db, CancellationToken cancellationToken)
    {
        var runs = await db.IngestRuns.AsNoTracking().Select(r => new { r.Id, r.IsDemo }).ToDictionaryAsync(r => r.Id, r => r.IsDemo, cancellationToken);
        var payers = await db.Payers.AsNoTracking().Select(p => new { p.Id, p.IsBuca, p.Kind }).ToListAsync(cancellationToken);
        return new ObservationSlices(db, runs, payers.ToDictionary(p => p.Id, p => p.IsBuca))
        {
            MedicareId = payers.FirstOrDefault(p => p.Kind == PayerKind.Medicare)?.Id ?? 0,
        };
    }

    /// <summary>Every (payer, vintage month) that has observations, in order.</summary>
    public async Task<List<ObservationSlice>> AllAsync(CancellationToken cancellationToken)
    {
        var slices = new List<ObservationSlice>();
        var payer = await ScalarAsync<long?>(_nextPayer, cancellationToken, int.MinValue);
        while (payer is { } id)
        {
            foreach (var month in await MonthsAsync((int)id, cancellationToken))
            {
                slices.Add(new ObservationSlice((int)id, month));
            }

            payer = await ScalarAsync<long?>(_nextPayer, cancellationToken, id);
        }

        return slices;
    }

    /// <summary>The vintage months of one payer, in order.</summary>
    public async Task<List<string>> MonthsAsync(int payerId, CancellationToken cancellationToken)
    {
        var months = new List<string>();
        var month = await ScalarAsync<string?>(_nextMonth, cancellationToken, payerId, "");
        while (month is not null)
        {
            months.Add(month);
            month = await ScalarAsync<string?>(_nextMonth, cancellationToken, payerId, month);
        }

        return months;
    }

    /// <summary>The Medicare payer's id (the screening reference); 0 when the catalog has none.</summary>
    public int MedicareId { get; private init; }

    public bool IsBuca(int payerId) => _bucaPayers.GetValueOrDefault(payerId);

    /// <summary>The BUCA payers' ids, in order.</summary>
    public IEnumerable<int> BucaPayerIds => _bucaPayers.Where(p => p.Value).Select(p => p.Key).Order();

    /// <summary>True when the slice has observations of <paramref name="codeId"/> (one index seek).</summary>
    public async Task<bool> HasCodeAsync(ObservationSlice slice, int codeId, CancellationToken cancellationToken) =>
        await ScalarAsync<long?>(_has, cancellationToken, slice.PayerId, slice.VintageMonth, codeId) == 1;

    /// <summary>The ids of the demo generator's runs, whose observations make a distribution a demo one.</summary>
    public IReadOnlyCollection<int> DemoRunIds => _demoRuns.Where(r => r.Value).Select(r => r.Key).ToList();

    public void Dispose()
    {
        _has.Dispose();
        _nextPayer.Dispose();
        _nextMonth.Dispose();
    }

    private static async Task<T> ScalarAsync<T>(DbCommand command, CancellationToken cancellationToken, params object[] values)
    {
        Bind(command, values);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T));
    }

    private static void Bind(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }
}
