using CptGraph.Domain.Payers;
using CptGraph.Domain.Statistics;

namespace CptGraph.Domain.Positions;

/// <summary>A fee schedule benchmarked line by line, with its totals against each payer's medians.</summary>
/// <param name="ContractValue">Σ units × my rate over every line.</param>
/// <param name="Totals">Commercial payers by name, then Medicare, then the BUCA aggregate.</param>
public sealed record FeeScheduleBenchmark(IReadOnlyList<FeeScheduleLine> Lines, decimal ContractValue, IReadOnlyList<FeeScheduleTotal> Totals)
{
    public static FeeScheduleBenchmark Of(IReadOnlyList<FeeScheduleLine> lines)
    {
        var totals = lines
            .SelectMany(line => (line.Position?.Positions ?? []).Select(position => (line, position)))
            .GroupBy(p => p.position.Distribution.Payer?.Id)
            .Select(group => new FeeScheduleTotal(
                group.First().position.Distribution.Payer,
                group.Count(),
                RateStatistics.Round(group.Sum(p => p.line.Units * p.line.Amount)),
                RateStatistics.Round(group.Sum(p => p.line.Units * p.position.Distribution.Distribution.Median)),
                RateStatistics.Round(group.Sum(p => p.line.Units * Math.Max(0, p.position.Distribution.Distribution.Median - p.line.Amount)))))
            .OrderBy(t => t.Payer is null ? 2 : t.Payer.Kind == PayerKind.Medicare ? 1 : 0)
            .ThenBy(t => t.Payer?.Name, StringComparer.Ordinal)
            .ToList();
        return new FeeScheduleBenchmark(lines, RateStatistics.Round(lines.Sum(l => l.Units * l.Amount)), totals);
    }
}
