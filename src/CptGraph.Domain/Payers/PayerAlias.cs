namespace CptGraph.Domain.Payers;

/// <summary>A TiC <c>reporting_entity_name</c> that belongs to a payer.</summary>
public sealed class PayerAlias
{
    public int Id { get; set; }
    public required string Alias { get; set; }
    public int PayerId { get; set; }
    public Payer Payer { get; set; } = null!;
}
