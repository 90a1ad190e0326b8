namespace CptGraph.Ingestion.Medicare;

/// <summary>The Medicare professional payment for one code in one payment locality.</summary>
/// <param name="Mac">The Medicare Administrative Contractor number, e.g. <c>01112</c>.</param>
/// <param name="LocalityNumber">The locality number within the MAC, e.g. <c>05</c>.</param>
/// <param name="LocalityName">CMS's locality name.</param>
/// <param name="State">The two-letter state or territory.</param>
/// <param name="Amount">Dollars, rounded to cents.</param>
/// <param name="UsedFacility">
/// True when the non-facility setting is flagged NA, so the amount uses the facility practice expense RVU.
/// </param>
public sealed record LocalityPayment(
    string Mac,
    string LocalityNumber,
    string LocalityName,
    string State,
    decimal Amount,
    bool UsedFacility);
