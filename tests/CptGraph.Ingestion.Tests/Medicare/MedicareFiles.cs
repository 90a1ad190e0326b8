using CptGraph.Ingestion.Medicare;

namespace CptGraph.Ingestion.Tests.Medicare;

/// <summary>
/// The Medicare files the tests read: the read-only reference copies in the shared folder next to the
/// repository (found by walking up to CptGraph.sln) and the seed data the server ships. Each is read once.
/// </summary>
internal static class MedicareFiles
{
    private static readonly Lazy<IReadOnlyList<RvuRow>> FullRows = new(() => [.. RvuFileReader.ReadFile(FullRvu2026, defaultYear: 2026)]);
    private static readonly Lazy<IReadOnlyList<Gpci>> Gpci2026 = new(() => GpciFileReader.ReadFile(ReferenceGpci2026));

    public static string RepositoryRoot => CptGraph.Tests.RepositoryPaths.Root;

    public static string Reference => CptGraph.Tests.RepositoryPaths.Medicare;

    public static string SeedData { get; } = Path.Combine(RepositoryRoot, "src", "CptGraph.Server", "SeedData", "medicare");

    public static string FullRvu2026 => Path.Combine(Reference, "PPRRVU2026_Jul_nonQPP.csv");

    public static string SelectedCodes => Path.Combine(Reference, "pprrvu_selected_codes_2024_2026.csv");

    public static string ReferenceGpci2026 => Path.Combine(Reference, "gpci_2026.csv");

    /// <summary>Every row of the full CMS 2026 file, with <see cref="RvuRow.Year"/> set to 2026.</summary>
    public static IReadOnlyList<RvuRow> Full2026 => FullRows.Value;

    /// <summary>The 109 localities of the reference <c>gpci_2026.csv</c>.</summary>
    public static IReadOnlyList<Gpci> Localities2026 => Gpci2026.Value;

    /// <summary>The full file's row for <paramref name="hcpcs"/> (and <paramref name="modifier"/>).</summary>
    public static RvuRow FullRow(string hcpcs, string modifier = "") =>
        Full2026.Single(r => r.Hcpcs == hcpcs && r.Modifier == modifier);
}
