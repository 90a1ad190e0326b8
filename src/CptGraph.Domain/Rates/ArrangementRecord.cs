namespace CptGraph.Domain.Rates;

/// <summary>A bundle or capitation item: recorded for completeness, never mixed into fee distributions.</summary>
public sealed class ArrangementRecord
{
    public long Id { get; set; }
    public int PayerId { get; set; }

    /// <summary>The TiC <c>negotiation_arrangement</c>: bundle or capitation.</summary>
    public required string Arrangement { get; set; }

    public required string BillingCode { get; set; }
    public required string BillingCodeType { get; set; }

    /// <summary>The bundled codes or covered services, as <c>TYPE:code</c> joined by <c>,</c>.</summary>
    public required string ContainedCodes { get; set; }

    public int RateCount { get; set; }
    public int IngestRunId { get; set; }
}
