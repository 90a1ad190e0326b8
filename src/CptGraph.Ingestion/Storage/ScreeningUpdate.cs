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
/// </summary>
internal sealed class ScreeningUpdate : IDisposable
{
    private const string FunctionName = "cptgraph_screen";

    private readonly System.Data.Common.DbCommand _update;
    private readonly int _medicareId;
    private ObservationSlice _slice;
    private MedicareReference _medicare = MedicareReference.None;
    private Dictionary<(string ModifierKey, bool Institutional), (double Lower, double Upper)?> _fences = [];

    public ScreeningUpdate(CptGraphDbContext db, int medicareId)
    {
        _medicareId = medicareId;
        var connection = (SqliteConnection)db.Database.GetDbConnection();
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
        await _update.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _update.Dispose();

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
            double real => (decimal)real,
            long integer => integer,
            _ => decimal.Parse(Convert.ToString(amount, CultureInfo.InvariantCulture)!, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture),
        };
        var observation = new PricedObservation(_slice.PayerId, false, modifierKey, billing, value, false, _slice.VintageMonth, (ScreeningFlags)flags);
        var fences = _fences.GetValueOrDefault((modifierKey, ObservationScreener.IsInstitutionalFenceFamily(billing)));
        return (long)ObservationScreener.FlagOne(observation, _medicare, _medicareId, fences);
    }
}
