namespace CptGraph.Domain.Providers;

/// <summary>
/// One provider of the CMS NPPES dissemination file (<c>npidata_pfile_*.csv</c>), reduced to what the rate cuts and
/// <c>code.providers</c> need: who it is, where it practises and its primary taxonomy. A re-import replaces the row.
/// </summary>
public sealed class NppesProvider
{
    /// <summary>The 10-digit NPI as text.</summary>
    public required string Npi { get; set; }

    /// <summary>1 = individual, 2 = organisation (NPPES "Entity Type Code"); null when the file left it blank (deactivated NPIs).</summary>
    public int? EntityType { get; set; }

    /// <summary>"Provider Organization Name (Legal Business Name)".</summary>
    public string? OrganizationName { get; set; }

    /// <summary>"Provider Last Name (Legal Name)".</summary>
    public string? LastName { get; set; }

    /// <summary>"Provider First Name".</summary>
    public string? FirstName { get; set; }

    /// <summary>"Provider Business Practice Location Address State Name", upper case (two letters for US states).</summary>
    public string? PracticeState { get; set; }

    /// <summary>The first five digits of the practice location's postal code.</summary>
    public string? PracticePostalCode { get; set; }

    /// <summary>The taxonomy whose primary switch is Y; when none is marked, the only taxonomy if there is exactly one.</summary>
    public string? PrimaryTaxonomy { get; set; }

    /// <summary>The name a listing shows: the organisation's, else "First Last".</summary>
    public string? DisplayName => OrganizationName ?? (LastName is null ? null : FirstName is null ? LastName : $"{FirstName} {LastName}");
}
