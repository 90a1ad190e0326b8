using CptGraph.Domain.Payers;

namespace CptGraph.Domain.Rates;

/// <summary>
/// The summary statistics of one payer's observations for a code, billing class and modifier set,
/// recomputed inside every ingest transaction. A null <see cref="PayerId"/> is the pooled BUCA aggregate.
/// </summary>
public sealed class RateDistribution
{
    public long Id { get; set; }
    public int? PayerId { get; set; }

    /// <summary>The payer; null for the pooled BUCA aggregate. A navigation for queries, never set by ingestion.</summary>
    public Payer? Payer { get; set; }

    public int CodeId { get; set; }
    public BillingClass BillingClass { get; set; }
    public string ModifierKey { get; set; } = "";
    public int Count { get; set; }
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
}
