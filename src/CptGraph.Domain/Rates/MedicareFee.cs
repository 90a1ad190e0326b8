namespace CptGraph.Domain.Rates;

/// <summary>A code's row of the CMS Physician Fee Schedule relative value file (without the AMA descriptor).</summary>
public sealed class MedicareFee
{
    public int Id { get; set; }
    public int CodeId { get; set; }
    public string Modifier { get; set; } = "";
    public int Year { get; set; }
    public required string Status { get; set; }
    public decimal WorkRvu { get; set; }
    public decimal NonFacilityPeRvu { get; set; }
    public bool NonFacilityNotPriced { get; set; }
    public decimal FacilityPeRvu { get; set; }
    public bool FacilityNotPriced { get; set; }
    public decimal MalpracticeRvu { get; set; }
    public decimal ConversionFactor { get; set; }
    public string? GlobalDays { get; set; }

    /// <summary>The national (GPCI = 1) non-facility amount, rounded to cents.</summary>
    public decimal? NonFacilityNationalAmount { get; set; }

    /// <summary>The national (GPCI = 1) facility amount, rounded to cents.</summary>
    public decimal? FacilityNationalAmount { get; set; }

    public int IngestRunId { get; set; }
}
