namespace CptGraph.Server.Rates;

/// <summary>Medicare's side of a code's served distributions, priced for the selection's setting.</summary>
/// <param name="Distribution">The Medicare distribution served for the setting (with its payer); null when there is none.</param>
/// <param name="Amounts">
/// The per-locality amounts of a distribution priced on request, ascending (positions rank among them in memory); null for
/// the stored distribution, whose observations are ranked in SQL.
/// </param>
/// <param name="NotApplicable">True when CMS flags the setting NA for the code: Medicare pays nothing there.</param>
public sealed record MedicareSide(Domain.Rates.RateDistribution? Distribution, IReadOnlyList<decimal>? Amounts, bool NotApplicable);
