using System.Globalization;

namespace CptGraph.Domain.Benchmarks;

/// <summary>
/// Writes the reference page's benchmark paragraph from the numbers. Wording rules: the gap is "substantially"
/// lower/higher when |gapPercent| ≥ 25, plain lower/higher from 5, "roughly in line" below 5; the two widest and
/// the two tightest spreads are named (Medicare included), amounts rounded to cents. Without Medicare data the
/// paragraph says so, gives the commercial aggregate and the spreads; with neither side there is nothing to say (null).
/// </summary>
public static class BenchmarkSummaryWriter
{
    public static string? Write(Benchmark benchmark)
    {
        if (benchmark.CommercialAggregate is not null && benchmark.MedicareNotApplicable)
        {
            var setting = benchmark.Setting == Rates.MedicareSetting.Facility ? "facility" : "non-facility";
            return $"Medicare does not pay CPT {benchmark.Code} in the {setting} setting (the fee schedule's {setting} NA indicator), so there is no gap to report; "
                + $"the BUCA commercial aggregate mean is {Money(benchmark.CommercialAggregate.Distribution.Mean)}.{Dispersion(benchmark)}";
        }

        if (benchmark.CommercialAggregate is not null && benchmark.Medicare is null)
        {
            return $"No Medicare fee schedule is loaded for CPT {benchmark.Code}, so there is no gap to report; the BUCA commercial aggregate mean is "
                + $"{Money(benchmark.CommercialAggregate.Distribution.Mean)}.{Dispersion(benchmark)}";
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
        var text = $"Medicare's national mean rate for CPT {benchmark.Code} is {comparison} at {Money(medicareMean)} compared with the BUCA commercial aggregate mean of {Money(aggregateMean)}, reflecting a gap of {Money(Math.Abs(benchmark.Gap.Value))} between the federal payer and the average commercial benchmark.";
        if (percent >= 5)
        {
            text += benchmark.Gap > 0
                ? " This gap indicates materially lower reimbursement under Medicare versus typical commercial plans."
                : " This gap indicates higher reimbursement under Medicare than under typical commercial plans.";
        }

        return text + Dispersion(benchmark);
    }

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
