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
    private readonly List<ObservationSlice> _always;
    private readonly List<(int PayerId, List<string> MonthsDescending)> _latestAtOrBefore;

    private RecomputePlan(ObservationSlices slices, RecomputeScope scope, bool bucaPayer,
        List<ObservationSlice> always, List<(int, List<string>)> latestAtOrBefore)
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
        var always = new List<ObservationSlice> { new(payerId, month) };
        foreach (var medicareMonth in await slices.MonthsAsync(medicareId, cancellationToken))
        {
            if ((medicareId, medicareMonth) != (payerId, month))
            {
                always.Add(new ObservationSlice(medicareId, medicareMonth));
            }
        }

        var latest = new List<(int, List<string>)>();
        var buca = slices.IsBuca(payerId);
        if (buca)
        {
            foreach (var bucaPayer in slices.BucaPayerIds)
            {
                var months = await slices.MonthsAsync(bucaPayer, cancellationToken);
                always.AddRange(months.Where(m => string.CompareOrdinal(m, month) > 0).Select(m => new ObservationSlice(bucaPayer, m)));
                if (bucaPayer != payerId)
                {
                    latest.Add((bucaPayer, months.Where(m => string.CompareOrdinal(m, month) <= 0).Reverse().ToList()));
                }
            }
        }

        return new RecomputePlan(slices, scope, buca, always, latest);
    }

    /// <summary>True for the slice whose flags and distributions this recompute rebuilds (every slice for Medicare).</summary>
    public bool IsTarget(ObservationSlice slice) =>
        !Scope.IsPayerVintage || (slice.PayerId == Scope.PayerId && slice.VintageMonth == Scope.VintageMonth);

    /// <summary>The slices one code's recompute reads that hold observations of it.</summary>
    public async Task<List<ObservationSlice>> SlicesOfAsync(int codeId, CancellationToken cancellationToken)
    {
        var slices = new List<ObservationSlice>();
        foreach (var slice in _always)
        {
            if (await _slices.HasCodeAsync(slice, codeId, cancellationToken))
            {
                slices.Add(slice);
            }
        }

        foreach (var (payerId, monthsDescending) in _latestAtOrBefore)
        {
            // Newest first: the code's latest vintage at or before the month is the only one the aggregate pools.
            foreach (var month in monthsDescending)
            {
                if (await _slices.HasCodeAsync(new ObservationSlice(payerId, month), codeId, cancellationToken))
                {
                    slices.Add(new ObservationSlice(payerId, month));
                    break;
                }
            }
        }

        return slices;
    }
}
