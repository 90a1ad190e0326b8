using CptGraph.Domain.Payers;
using CptGraph.Domain.Statistics;

namespace CptGraph.Domain.Positions;

/// <summary>Where an amount sits for one code: in every served distribution, in the order they are served.</summary>
/// <param name="Positions">Commercial payers by name, then Medicare, then the BUCA aggregate (no payer).</param>
/// <param name="MedicareMean">The served Medicare distribution's mean; null without Medicare data.</param>
/// <param name="MedicareNotApplicable">True when CMS flags the Medicare setting asked for NA for the code (no Medicare position then).</param>
public sealed record CodePosition(string Code, decimal Amount, IReadOnlyList<RatePosition> Positions, decimal? MedicareMean,
    bool MedicareNotApplicable = false)
{
    /// <summary>Each payer's position, Medicare included: commercial payers by name, then Medicare.</summary>
    public IEnumerable<RatePosition> Payers => Positions.Where(p => p.Distribution.Payer is not null);

    public RatePosition? Medicare => Positions.FirstOrDefault(p => p.Distribution.Payer?.Kind == PayerKind.Medicare);

    public RatePosition? CommercialAggregate => Positions.FirstOrDefault(p => p.Distribution.Payer is null);

    /// <summary>The amount as a percentage of the Medicare mean (as a payer's <c>percentOfMedicare</c> is); null without Medicare.</summary>
    public decimal? PercentOfMedicare => MedicareMean is { } mean ? RateStatistics.PercentOf(Amount, mean) : null;
}
