namespace CptGraph.Domain.Rates;

/// <summary>A Medicare payment locality's GPCIs for one fee-schedule year, kept so any code can be priced per locality on request.</summary>
public sealed class MedicareLocality
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string Mac { get; set; }
    public required string LocalityNumber { get; set; }
    public required string State { get; set; }
    public required string Name { get; set; }
    public decimal WorkGpci { get; set; }
    public decimal PeGpci { get; set; }
    public decimal MpGpci { get; set; }
    public int IngestRunId { get; set; }
}
