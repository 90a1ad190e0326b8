namespace CptGraph.Domain.Codes;

/// <summary>A provider taxonomy associated with a code.</summary>
public sealed class CodeTaxonomy
{
    public int CodeId { get; set; }
    public Code Code { get; set; } = null!;
    public int TaxonomyId { get; set; }
    public Taxonomy Taxonomy { get; set; } = null!;
    public required string Source { get; set; }
}
