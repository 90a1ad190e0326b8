namespace CptGraph.Ingestion.Demo;

/// <summary>A payer the demo files are labelled with, and its fixed rate level and seed.</summary>
/// <param name="ReportingEntityName">The payer's legal name, as a real file would give it.</param>
/// <param name="FileSlug">A short name for the file name, e.g. <c>aetna</c>.</param>
/// <param name="Factor">The payer's median rate as a multiple of the base amount.</param>
/// <param name="Seed">The payer's fixed random seed.</param>
public sealed record DemoPayer(string ReportingEntityName, string FileSlug, decimal Factor, ulong Seed)
{
    /// <summary>
    /// The four large national carriers ("BUCA"). Factors between 1.62 and 1.75 (with the noise's
    /// +4% mean) put the mean demo rate at about 1.7–1.8 × Medicare, a typical commercial level.
    /// </summary>
    public static IReadOnlyList<DemoPayer> Buca { get; } =
    [
        new("Aetna Life Insurance Company", "aetna", 1.70m, 0xAE7A2026),
        new("Blue Cross and Blue Shield of Texas", "bcbs-tx", 1.62m, 0xBCB52026),
        new("Cigna Health and Life Insurance Company", "cigna", 1.75m, 0xC1C42026),
        new("UnitedHealthcare Insurance Company", "uhc", 1.66m, 0x0BC02026),
    ];
}
