using CptGraph.Ingestion.Medicare;

namespace CptGraph.Ingestion.Providers;

/// <summary>The NPPES dissemination file's columns the importer reads, found by their published names.</summary>
internal sealed record NppesColumns(
    CsvColumn Npi,
    CsvColumn EntityType,
    CsvColumn OrganizationName,
    CsvColumn LastName,
    CsvColumn FirstName,
    CsvColumn PracticeState,
    CsvColumn PracticePostalCode,
    CsvColumn[] TaxonomyCodes,
    CsvColumn[] PrimarySwitches)
{
    public static NppesColumns From(CsvHeader header) => new(
        header.Require("NPI"),
        header.Require("Entity Type Code"),
        header.Require("Provider Organization Name (Legal Business Name)"),
        header.Require("Provider Last Name (Legal Name)"),
        header.Require("Provider First Name"),
        header.Require("Provider Business Practice Location Address State Name"),
        header.Require("Provider Business Practice Location Address Postal Code"),
        [.. Enumerable.Range(1, 15).Select(i => header.Require($"Healthcare Provider Taxonomy Code_{i}"))],
        [.. Enumerable.Range(1, 15).Select(i => header.Require($"Healthcare Provider Primary Taxonomy Switch_{i}"))]);
}
