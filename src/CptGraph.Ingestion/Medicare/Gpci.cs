namespace CptGraph.Ingestion.Medicare;

/// <summary>
/// One Medicare payment locality's geographic practice cost indices (CMS PFS Addendum E).
/// MAC and locality numbers stay text because their leading zeros are part of the identifier.
/// </summary>
/// <param name="Mac">The Medicare Administrative Contractor number, e.g. <c>02102</c>.</param>
/// <param name="State">The two-letter state or territory, e.g. <c>AK</c>.</param>
/// <param name="LocalityNumber">The locality number within the MAC, e.g. <c>01</c>.</param>
/// <param name="LocalityName">CMS's locality name, e.g. <c>ALASKA*</c>.</param>
/// <param name="Work">The work GPCI (with any statutory floor already applied).</param>
/// <param name="Pe">The practice expense GPCI.</param>
/// <param name="Mp">The malpractice GPCI.</param>
public sealed record Gpci(
    string Mac,
    string State,
    string LocalityNumber,
    string LocalityName,
    decimal Work,
    decimal Pe,
    decimal Mp);
