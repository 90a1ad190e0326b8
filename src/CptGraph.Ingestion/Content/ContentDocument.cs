namespace CptGraph.Ingestion.Content;

/// <summary>
/// A versioned reference-content file: codes with their modifiers, taxonomies, diagnoses and relations, and the editors'
/// notes (e.g. where the source page was wrong and what official data corrected it).
/// </summary>
public sealed record ContentDocument(int FormatVersion, string ContentVersion, string Source, IReadOnlyList<ContentCode> Codes, IReadOnlyList<string>? Notes = null);

/// <summary>
/// One code's reference content; a null field is content the source did not provide. <c>descriptorLicensed: true</c>
/// says the description is the official descriptor, which a licensed user may import (CPT descriptors are AMA text).
/// </summary>
public sealed record ContentCode(
    string Code,
    string? CodeType,
    string? Description,
    string? Title,
    string? Headline,
    string? Summary,
    string? Significance,
    string? Overview,
    string? ServiceType,
    string? SiteOfService,
    string? ServiceLine,
    string? ClinicalContext,
    string? UsageNotes,
    string? ScopeNote,
    IReadOnlyList<ContentModifier>? Modifiers,
    IReadOnlyList<ContentTaxonomy>? Taxonomies,
    IReadOnlyList<ContentDiagnosis>? Diagnoses,
    IReadOnlyList<ContentRelatedCode>? RelatedCodes,
    bool? DescriptorLicensed = null);

public sealed record ContentModifier(string Code, string Name, string Usage);

public sealed record ContentTaxonomy(string Code, string Specialty);

public sealed record ContentDiagnosis(string Code, string Description, string Relevance);

public sealed record ContentRelatedCode(string Code, string? CodeType, string? Description, string Relationship);
