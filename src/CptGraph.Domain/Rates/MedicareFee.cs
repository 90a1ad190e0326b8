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

    // The PFS payment policy indicators, as CMS codes them (their meanings are in the RVU file's documentation).
    public string? PcTcIndicator { get; set; }
    public string? MultipleProcedure { get; set; }
    public string? BilateralSurgery { get; set; }
    public string? AssistantSurgery { get; set; }
    public string? CoSurgeons { get; set; }
    public string? TeamSurgery { get; set; }
    public string? EndoscopicBase { get; set; }
    public string? PhysicianSupervision { get; set; }
    public string? ImagingFamily { get; set; }

    /// <summary>The NOT USED FOR MEDICARE PAYMENT flag.</summary>
    public string? NotUsedForMedicarePayment { get; set; }

    /// <summary>The national (GPCI = 1) non-facility amount, rounded to cents.</summary>
    public decimal? NonFacilityNationalAmount { get; set; }

    /// <summary>The national (GPCI = 1) facility amount, rounded to cents.</summary>
    public decimal? FacilityNationalAmount { get; set; }

    public int IngestRunId { get; set; }
}
