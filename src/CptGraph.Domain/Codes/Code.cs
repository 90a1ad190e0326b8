using CptGraph.Domain.Rates;
using CptGraph.Domain.Reference;

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

    /// <summary>
    /// True when the official descriptor shown here may be shown: HCPCS Level II (public domain) or a CPT descriptor a
    /// licensed user imported. CPT descriptors are AMA text and are never bundled, so a bare CPT code says false.
    /// </summary>
    public bool DescriptorLicensed { get; set; }

    /// <summary>The official long descriptor (HCPCS Level II), whole.</summary>
    public string? LongDescription { get; set; }

    /// <summary>The official short descriptor (HCPCS Level II, at most 28 characters).</summary>
    public string? ShortDescription { get; set; }

    public DateOnly? AddedOn { get; set; }
    public DateOnly? ActionEffectiveOn { get; set; }
    public DateOnly? TerminatedOn { get; set; }

    /// <summary>HCPCS action code of the release (A added, C changed, D discontinued, N no change, ...).</summary>
    public string? ActionCode { get; set; }

    /// <summary>HCPCS Medicare coverage code (C carrier judgement, D special coverage, I not payable, M non-covered, S statutory non-coverage).</summary>
    public string? CoverageCode { get; set; }

    /// <summary>HCPCS pricing indicators PRICE1–PRICE4, comma-separated as present (e.g. <c>51</c>: drugs).</summary>
    public string? PricingIndicators { get; set; }

    /// <summary>HCPCS multiple pricing indicator.</summary>
    public string? MultiplePricingIndicator { get; set; }

    /// <summary>The BETOS category (Berenson-Eggers type of service), e.g. <c>O1E</c>.</summary>
    public string? BetosCode { get; set; }

    /// <summary>The import run that last wrote the official (non-curated) fields.</summary>
    public int? IngestRunId { get; set; }

    public List<CodeModifier> Modifiers { get; set; } = [];
    public List<CodeTaxonomy> Taxonomies { get; set; } = [];
    public List<CodeDiagnosis> Diagnoses { get; set; } = [];
    public List<CodeRelation> RelatedCodes { get; set; } = [];

    /// <summary>Official edges where this code is the add-on or column 1 code.</summary>
    public List<CodeEdge> Edges { get; set; } = [];

    /// <summary>The code's stored rate distributions (every payer, billing class and modifier set); read-only navigation for queries.</summary>
    public List<RateDistribution> Rates { get; set; } = [];
}
