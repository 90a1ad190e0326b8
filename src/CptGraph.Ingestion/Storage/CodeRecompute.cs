using CptGraph.Domain.Rates;
using CptGraph.Domain.Statistics.Screening;

namespace CptGraph.Ingestion.Storage;

/// <summary>
/// One code's share of a recompute, from the slices that hold it: Medicare's reference medians, then each target
/// slice's flags (fences first, then one UPDATE), then the distributions of the target slices and, when the scope
/// rebuilds them, the BUCA aggregates — each a streamed query, none holding the code's observations.
/// </summary>
internal sealed class CodeRecompute(RecomputePlan plan, ObservationSlices slices, StreamedGroups groups, ScreeningUpdate screening,
    int codeId, IReadOnlyList<ObservationSlice> codeSlices)
{
    private static readonly TicBillingClass[] AllClasses = Enum.GetValues<TicBillingClass>();

    public async Task<List<RateDistribution>> RebuildAsync(CancellationToken cancellationToken)
    {
        var medicare = await MedicareAsync(cancellationToken);
        var targets = codeSlices.Where(plan.IsTarget).ToList();
        foreach (var slice in targets)
        {
            var fences = slice.PayerId == slices.MedicareId ? [] : await groups.FencesAsync(codeId, slice, cancellationToken);
            await screening.ApplyAsync(codeId, slice, medicare, fences, cancellationToken);
        }

        var distributions = new List<RateDistribution>();
        foreach (var billingClass in Enum.GetValues<BillingClass>())
        {
            foreach (var slice in targets)
            {
                await AddAsync(distributions, slice.PayerId, billingClass, slice.VintageMonth, [slice], cancellationToken);
            }
        }

        // A Medicare scope rebuilds every aggregate month; a BUCA payer's file those as of its month and later.
        if (!plan.Scope.IsPayerVintage || plan.IsBucaPayer)
        {
            await AddAggregatesAsync(distributions, plan.Scope.IsPayerVintage ? plan.Scope.VintageMonth : null, cancellationToken);
        }

        return distributions;
    }

    private async Task<MedicareReference> MedicareAsync(CancellationToken cancellationToken)
    {
        var medians = new List<(string, string, decimal)>();
        foreach (var slice in codeSlices.Where(s => s.PayerId == slices.MedicareId))
        {
            foreach (var group in await groups.SummariseAsync(codeId, [slice], AllClasses, cancellationToken))
            {
                medians.Add((group.ModifierKey, slice.VintageMonth, group.All.Median));
            }
        }

        return new MedicareReference(medians);
    }

    // As of each month in which a BUCA payer has this code: each BUCA payer's latest vintage at or before it, pooled.
    private async Task AddAggregatesAsync(List<RateDistribution> distributions, string? fromMonth, CancellationToken cancellationToken)
    {
        var buca = codeSlices.Where(s => slices.IsBuca(s.PayerId)).ToList();
        var months = buca.Select(s => s.VintageMonth).Distinct().Order(StringComparer.Ordinal)
            .Where(m => fromMonth is null || string.CompareOrdinal(m, fromMonth) >= 0);
        foreach (var asOf in months)
        {
            var pooled = buca.Where(s => Vintages.IsAtOrBefore(s.VintageMonth, asOf)).GroupBy(s => s.PayerId)
                .Select(payer => payer.MaxBy(s => s.VintageMonth, StringComparer.Ordinal)).ToList();
            foreach (var billingClass in Enum.GetValues<BillingClass>())
            {
                await AddAsync(distributions, null, billingClass, asOf, pooled, cancellationToken);
            }
        }
    }

    private async Task AddAsync(List<RateDistribution> distributions, int? payerId, BillingClass billingClass, string vintageMonth,
        IReadOnlyList<ObservationSlice> union, CancellationToken cancellationToken)
    {
        foreach (var group in await groups.SummariseAsync(codeId, union, BillingClassRules.Sources(billingClass), cancellationToken))
        {
            distributions.AddRange(DistributionBuilder.Pair(codeId, payerId, billingClass, group.ModifierKey, vintageMonth,
                group.All, group.Kept, group.Counts, group.AnyDemo, group.AnyKeptDemo, Tins(payerId, group)));
        }
    }

    // Medicare's provider keys are localities: it has no TIN count.
    private (int?, int?) Tins(int? payerId, StreamedGroup group) =>
        payerId is { } id && id == slices.MedicareId ? (null, null) : (group.Tins.All, group.Tins.Kept);
}
