using CptGraph.Domain.Statistics.Screening;

namespace CptGraph.Domain.Rates;

/// <summary>
/// One deduplicated dollar rate: a payer's price for a code, modifier set and billing class at one
/// provider (a TIN for TiC, a locality for Medicare) in one vintage month. The same contract repeated across
/// plans, rate entries or files of a month is stored once; next month's file makes a new observation.
/// </summary>
public sealed class RateObservation
{
    public long Id { get; set; }
    public int PayerId { get; set; }
    public int CodeId { get; set; }

    /// <summary>Sorted modifiers joined by <c>,</c>; empty for none.</summary>
    public string ModifierKey { get; set; } = "";

    public TicBillingClass BillingClass { get; set; }

    /// <summary><c>tin:ein:123456789</c>, <c>tin:npi:1111111111</c> or <c>locality:01112-05</c>.</summary>
    public required string ProviderKey { get; set; }

    /// <summary>
    /// The TiC provider group (TIN + NPI set) the rate was first stored for; null for Medicare. Not part of the
    /// deduplication key: a contract is with the TIN (docs/ingest.md, "Provider groups").
    /// </summary>
    public int? ProviderGroupId { get; set; }

    public decimal Amount { get; set; }

    /// <summary>The negotiated price's <c>service_code</c> place-of-service codes, distinct, sorted, joined by <c>,</c>; empty when none were given.</summary>
    public string ServiceCodes { get; set; } = "";

    /// <summary>negotiated, fee schedule or derived.</summary>
    public required string NegotiatedType { get; set; }

    /// <summary>The source file's <c>last_updated_on</c> (Medicare: 1 January of the fee-schedule year).</summary>
    public DateOnly? Vintage { get; set; }

    /// <summary><c>yyyy-MM</c> of <see cref="Vintage"/>, part of the deduplication key (<see cref="Vintages"/>).</summary>
    public string VintageMonth { get; set; } = Vintages.Undated;

    /// <summary>The screening rules this observation failed; refreshed whenever its distributions are recomputed.</summary>
    public ScreeningFlags ScreeningFlags { get; set; }

    public int IngestRunId { get; set; }
}
