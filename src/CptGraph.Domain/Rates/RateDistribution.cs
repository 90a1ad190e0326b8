using CptGraph.Domain.Codes;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Statistics.Screening;

namespace CptGraph.Domain.Rates;

/// <summary>
/// The summary statistics of one payer's observations for a code, billing class, modifier set and vintage month,
/// recomputed inside every ingest transaction. A null <see cref="PayerId"/> is the pooled BUCA aggregate, whose
/// <see cref="VintageMonth"/> is the month it is "as of": it pools each BUCA payer's latest vintage at or before it.
/// </summary>
public sealed class RateDistribution
{
    public long Id { get; set; }
    public int? PayerId { get; set; }

    /// <summary>The payer; null for the pooled BUCA aggregate. A navigation for queries, never set by ingestion.</summary>
    public Payer? Payer { get; set; }

    public int CodeId { get; set; }

    /// <summary>The code; a navigation for queries (filters and sorts on a payer's rates), never set by ingestion.</summary>
    public Code? Code { get; set; }
    public BillingClass BillingClass { get; set; }
    public string ModifierKey { get; set; } = "";

    /// <summary>The observations' vintage, <c>yyyy-MM</c> (<see cref="Vintages"/>).</summary>
    public string VintageMonth { get; set; } = Vintages.Undated;

    /// <summary>True when the observations flagged by a screening rule are left out.</summary>
    public bool Screened { get; set; }

    public int Count { get; set; }

    /// <summary>
    /// How many distinct provider TINs (<see cref="RateObservation.ProviderKey"/>) the counted observations come from;
    /// null for Medicare, whose observations are localities, not TINs (<see cref="LowSampleRule"/> then uses the count alone).
    /// </summary>
    public int? DistinctTins { get; set; }
    public decimal Min { get; set; }
    public decimal P10 { get; set; }
    public decimal P25 { get; set; }
    public decimal Median { get; set; }
    public decimal P75 { get; set; }
    public decimal P90 { get; set; }
    public decimal Max { get; set; }
    public decimal Mean { get; set; }

    /// <summary>True when any observation came from a synthetic demo file.</summary>
    public bool IsDemo { get; set; }

    /// <summary>What each screening rule flagged among all the group's observations (screened or not).</summary>
    public ScreeningCounts Screening { get; set; } = new();
}
