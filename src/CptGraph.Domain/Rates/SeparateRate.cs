namespace CptGraph.Domain.Rates;

/// <summary>A percentage or per-diem rate, kept apart from the dollar distributions.</summary>
public sealed class SeparateRate
{
    public long Id { get; set; }
    public int PayerId { get; set; }
    public required string BillingCode { get; set; }
    public required string BillingCodeType { get; set; }
    public SeparateRateKind Kind { get; set; }
    public decimal Value { get; set; }
    public TicBillingClass BillingClass { get; set; }
    public string ModifierKey { get; set; } = "";
    public required string ProviderKey { get; set; }
    public int IngestRunId { get; set; }
}
