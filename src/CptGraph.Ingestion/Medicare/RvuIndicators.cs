namespace CptGraph.Ingestion.Medicare;

/// <summary>
/// A PPRRVU row's payment policy indicators, as CMS codes them: PCTC IND, MULT PROC, BILAT SURG, ASST SURG, CO- SURG,
/// TEAM SURG, ENDO BASE, PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES, DIAGNOSTIC IMAGING FAMILY INDICATOR and
/// NOT USED FOR MEDICARE PAYMENT. Null where the file has no such column or the cell is blank.
/// </summary>
public sealed record RvuIndicators(
    string? PcTc,
    string? MultipleProcedure,
    string? Bilateral,
    string? Assistant,
    string? CoSurgeons,
    string? Team,
    string? EndoscopicBase,
    string? PhysicianSupervision,
    string? ImagingFamily,
    string? NotUsedForMedicarePayment);
