using System.Globalization;
using CptGraph.Domain.Rates;

namespace CptGraph.Domain.Benchmarks;

/// <summary>
/// Writes the reference page's benchmark paragraph from the numbers. Wording rules: the gap is "substantially"
/// lower/higher when |gapPercent| ≥ 25, plain lower/higher from 5, "roughly in line" below 5; the two widest and
/// the two tightest spreads are named (Medicare included), amounts rounded to cents. Without Medicare data the
/// paragraph says so, gives the commercial aggregate and the spreads; with neither side there is nothing to say (null).
/// When Medicare or the aggregate is a low sample (<see cref="LowSampleRule"/>) the gap is given without a judgement:
/// the paragraph says the sample is thin (naming the thin side's count and TINs) instead of "substantially" or
/// "materially", and the aggregate-only paragraph adds the same warning.
/// </summary>
public static class BenchmarkSummaryWriter
{
    public static string? Write(Benchmark benchmark, LowSampleRule rule)
    {
        var thin = Thin(benchmark, rule);
        if (benchmark.CommercialAggregate is not null && benchmark.MedicareNotApplicable)
        {
            var setting = benchmark.Setting == Rates.MedicareSetting.Facility ? "facility" : "non-facility";
            return $"Medicare does not pay CPT {benchmark.Code} in the {setting} setting (the fee schedule's {setting} NA indicator), so there is no gap to report; "
                + $"the BUCA commercial aggregate mean is {Money(benchmark.CommercialAggregate.Distribution.Mean)}.{ThinNote(thin)}{Dispersion(benchmark)}";
        }

        if (benchmark.CommercialAggregate is not null && benchmark.Medicare is null)
        {
            return $"No Medicare fee schedule is loaded for CPT {benchmark.Code}, so there is no gap to report; the BUCA commercial aggregate mean is "
                + $"{Money(benchmark.CommercialAggregate.Distribution.Mean)}.{ThinNote(thin)}{Dispersion(benchmark)}";
        }

        if (benchmark.Medicare is null || benchmark.CommercialAggregate is null || benchmark.Gap is null)
        {
            return null;
        }

        var medicareMean = benchmark.Medicare.Distribution.Mean;
        var aggregateMean = benchmark.CommercialAggregate.Distribution.Mean;
        var percent = Math.Abs(benchmark.GapPercent ?? 0);
        var comparison = percent switch
        {
            < 5 => "roughly in line",
            < 25 => benchmark.Gap > 0 ? "lower" : "higher",
            _ => benchmark.Gap > 0 ? "substantially lower" : "substantially higher",
        };
        if (thin is not null)
        {
            return $"Medicare's national mean rate for CPT {benchmark.Code} is {Money(medicareMean)} against a BUCA commercial aggregate mean of {Money(aggregateMean)}, a gap of {Money(Math.Abs(benchmark.Gap.Value))}, but the sample is thin ({thin}), so the difference should not be read as substantial.{Dispersion(benchmark)}";
        }

        var text = $"Medicare's national mean rate for CPT {benchmark.Code} is {comparison} at {Money(medicareMean)} compared with the BUCA commercial aggregate mean of {Money(aggregateMean)}, reflecting a gap of {Money(Math.Abs(benchmark.Gap.Value))} between the federal payer and the average commercial benchmark.";
        if (percent >= 5)
        {
            text += benchmark.Gap > 0
                ? " This gap indicates materially lower reimbursement under Medicare versus typical commercial plans."
                : " This gap indicates higher reimbursement under Medicare than under typical commercial plans.";
        }

        return text + Dispersion(benchmark);
    }

    // The thin sides, e.g. "the commercial aggregate has 6 observations from 3 TINs"; null when neither side is thin.
    private static string? Thin(Benchmark benchmark, LowSampleRule rule)
    {
        var sides = new List<string>();
        if (benchmark.Medicare is { } medicare && rule.IsLow(medicare.Distribution))
        {
            sides.Add($"Medicare has {Observations(medicare.Distribution.Count)}");
        }

        if (benchmark.CommercialAggregate is { } aggregate && rule.IsLow(aggregate.Distribution))
        {
            var tins = aggregate.Distribution.DistinctTins is { } n ? $" from {n} {(n == 1 ? "TIN" : "TINs")}" : "";
            sides.Add($"the commercial aggregate has {Observations(aggregate.Distribution.Count)}{tins}");
        }

        return sides.Count == 0 ? null : string.Join(" and ", sides);
    }

    private static string ThinNote(string? thin) => thin is null ? "" : $" The sample is thin ({thin}).";

    private static string Observations(int count) => count == 1 ? "1 observation" : $"{count} observations";

    // The two widest and two tightest spreads, once four payers have a distribution; otherwise nothing.
    private static string Dispersion(Benchmark benchmark)
    {
        var ranked = benchmark.BySpread;
        if (ranked.Count < 4)
        {
            return "";
        }

        var wide = ranked.Take(2).ToList();
        var tight = ranked.TakeLast(2).Reverse().ToList();
        return $" Dispersion across payers varies: {Names(wide)} show wider spreads (P75–P25 of {Spreads(wide)} respectively), while {Names(tight)} are the tightest (P75–P25 of {Spreads(tight)} respectively).";
    }

    private static string Names(IReadOnlyList<PayerDistribution> pair) => $"{pair[0].Payer!.Name} and {pair[1].Payer!.Name}";

    private static string Spreads(IReadOnlyList<PayerDistribution> pair) => $"{Money(pair[0].Spread)} and {Money(pair[1].Spread)}";

    private static string Money(decimal value) =>
        "$" + Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
}
