namespace CptGraph.Ingestion.Medicare;

/// <summary>
/// One row of a CMS PFS relative value (PPRRVU) file: a HCPCS/CPT code, optionally with a modifier.
/// The AMA descriptor is deliberately absent (CPT descriptors are AMA-copyrighted).
/// </summary>
/// <param name="Hcpcs">The code, e.g. <c>96375</c>.</param>
/// <param name="Modifier">The MOD column, e.g. <c>26</c> or <c>TC</c>; empty for the global service.</param>
/// <param name="Status">The STATUS CODE, e.g. <c>A</c>; only A, R and T are paid from RVUs.</param>
/// <param name="WorkRvu">WORK RVU.</param>
/// <param name="NonFacilityPeRvu">NON-FAC PE RVU.</param>
/// <param name="NonFacilityNa">NON-FAC NA INDICATOR is <c>NA</c>: the non-facility setting is not priced.</param>
/// <param name="FacilityPeRvu">FACILITY PE RVU.</param>
/// <param name="FacilityNa">FACILITY NA INDICATOR is <c>NA</c>: the facility setting is not priced.</param>
/// <param name="MpRvu">MP (malpractice) RVU.</param>
/// <param name="ConversionFactor">CONV FACTOR in dollars per RVU, e.g. 33.4009 for CY2026 (non-QP).</param>
/// <param name="GlobalDays">GLOB DAYS, e.g. <c>000</c>, <c>090</c>, <c>XXX</c> or <c>ZZZ</c>; null when blank.</param>
/// <param name="Year">The YEAR column, or the year the caller supplied for files without one.</param>
/// <param name="Indicators">The payment policy indicators, where the file has their columns (the full CMS layout does).</param>
public sealed record RvuRow(
    string Hcpcs,
    string Modifier,
    string Status,
    decimal WorkRvu,
    decimal NonFacilityPeRvu,
    bool NonFacilityNa,
    decimal FacilityPeRvu,
    bool FacilityNa,
    decimal MpRvu,
    decimal ConversionFactor,
    string? GlobalDays,
    int? Year,
    RvuIndicators? Indicators = null);
