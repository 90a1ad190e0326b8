using CptGraph.Domain.Rates;

namespace CptGraph.Domain.Live;

/// <summary>
/// One code's distributions for a billing class and modifier set, before and after an ingest: enough to tell
/// each payer's previous mean and the previous benchmark gap without reading a later state of the database.
/// </summary>
public sealed record DistributionsChanged(
    string Code,
    BillingClass BillingClass,
    string ModifierKey,
    int RunId,
    IReadOnlyList<RateDistribution> Before,
    IReadOnlyList<RateDistribution> After);
