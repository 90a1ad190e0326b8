using CptGraph.Domain.Rates;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// Which slices (payer vintage months) a recompute reads for each chunk of codes, decided once per recompute.
/// A TiC file's scope reads its own payer vintage (the targets), every Medicare vintage (the screening reference)
/// and, for a BUCA payer, what the BUCA aggregates as of its month and later need: every BUCA payer's later
/// vintages and, of each other BUCA payer, each code's latest vintage at or before the month. A Medicare scope
/// reads every slice, because every payer's screening depends on Medicare.
/// </summary>
internal sealed class RecomputePlan
{
    private readonly ObservationSlices _slices;
    private readonly List<(int PayerId, string VintageMonth)> _always;
    private readonly List<(int PayerId, List<string> MonthsDescending)> _latestAtOrBefore;

    private RecomputePlan(ObservationSlices slices, RecomputeScope scope, bool bucaPayer,
        List<(int, string)> always, List<(int, List<string>)> latestAtOrBefore)
    {
        _slices = slices;
        Scope = scope;
        IsBucaPayer = bucaPayer;
        _always = always;
        _latestAtOrBefore = latestAtOrBefore;
    }

    public RecomputeScope Scope { get; }

    /// <summary>True when the scope's payer is a BUCA payer, so its codes' aggregates are rebuilt too.</summary>
    public bool IsBucaPayer { get; }

    public static async Task<RecomputePlan> CreateAsync(ObservationSlices slices, RecomputeScope scope, int medicareId, CancellationToken cancellationToken)
    {
        if (!scope.IsPayerVintage)
        {
            return new RecomputePlan(slices, scope, false, await slices.AllAsync(cancellationToken), []);
        }

        var (payerId, month) = (scope.PayerId!.Value, scope.VintageMonth!);
        var always = new List<(int, string)> { (payerId, month) };
        foreach (var medicareMonth in await slices.MonthsAsync(medicareId, cancellationToken))
        {
            if ((medicareId, medicareMonth) != (payerId, month))
            {
                always.Add((medicareId, medicareMonth));
            }
        }

        var latest = new List<(int, List<string>)>();
        var buca = slices.IsBuca(payerId);
        if (buca)
        {
            foreach (var bucaPayer in slices.BucaPayerIds)
            {
                var months = await slices.MonthsAsync(bucaPayer, cancellationToken);
                always.AddRange(months.Where(m => string.CompareOrdinal(m, month) > 0).Select(m => (bucaPayer, m)));
                if (bucaPayer != payerId)
                {
                    latest.Add((bucaPayer, months.Where(m => string.CompareOrdinal(m, month) <= 0).Reverse().ToList()));
                }
            }
        }

        return new RecomputePlan(slices, scope, buca, always, latest);
    }

    /// <summary>True for the observations whose flags and distributions this recompute rebuilds.</summary>
    public bool IsTarget(RecomputeObservation row) =>
        !Scope.IsPayerVintage || (row.Priced.PayerId == Scope.PayerId && row.Priced.VintageMonth == Scope.VintageMonth);

    /// <summary>The observations one chunk of codes (ascending ids) needs.</summary>
    public async Task<List<RecomputeObservation>> ReadAsync(int[] chunk, CancellationToken cancellationToken)
    {
        var (low, high) = (chunk[0], chunk[^1]);
        var codes = chunk.ToHashSet();
        var rows = new List<RecomputeObservation>();
        foreach (var (payerId, month) in _always)
        {
            await _slices.ReadAsync(payerId, month, low, high, codes.Contains, rows, cancellationToken);
        }

        foreach (var (payerId, monthsDescending) in _latestAtOrBefore)
        {
            // Newest first: a code found in a month is complete there, so older months are read only for codes still missing.
            var missing = codes.ToHashSet();
            foreach (var month in monthsDescending)
            {
                var start = rows.Count;
                await _slices.ReadAsync(payerId, month, low, high, missing.Contains, rows, cancellationToken);
                for (var i = start; i < rows.Count; i++)
                {
                    missing.Remove(rows[i].CodeId);
                }

                if (missing.Count == 0)
                {
                    break;
                }
            }
        }

        return rows;
    }
}
