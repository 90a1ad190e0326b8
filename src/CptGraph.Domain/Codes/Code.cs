using CptGraph.Domain.Rates;

namespace CptGraph.Domain.Codes;

/// <summary>A CPT or HCPCS procedure code with the reference content known about it.</summary>
public sealed class Code
{
    public int Id { get; set; }

    /// <summary>The code itself, e.g. <c>96375</c>.</summary>
    public required string Value { get; set; }

    /// <summary>CPT or HCPCS.</summary>
    public string CodeType { get; set; } = "CPT";

    public string? Description { get; set; }
    public string? Title { get; set; }
    public string? Headline { get; set; }
    public string? Summary { get; set; }
    public string? Significance { get; set; }
    public string? Overview { get; set; }
    public string? ServiceType { get; set; }
    public string? SiteOfService { get; set; }
    public string? ServiceLine { get; set; }
    public string? ClinicalContext { get; set; }
    public string? UsageNotes { get; set; }
    public string? ScopeNote { get; set; }

    /// <summary>Where the descriptive facts came from (a content file, or a TiC file for a bare description).</summary>
    public string? ContentSource { get; set; }

    public List<CodeModifier> Modifiers { get; set; } = [];
    public List<CodeTaxonomy> Taxonomies { get; set; } = [];
    public List<CodeDiagnosis> Diagnoses { get; set; } = [];
    public List<CodeRelation> RelatedCodes { get; set; } = [];

    /// <summary>The code's stored rate distributions (every payer, billing class and modifier set); read-only navigation for queries.</summary>
    public List<RateDistribution> Rates { get; set; } = [];
}
