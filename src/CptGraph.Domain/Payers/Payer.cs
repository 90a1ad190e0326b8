namespace CptGraph.Domain.Payers;

/// <summary>A payer whose rates are benchmarked.</summary>
public sealed class Payer
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public PayerKind Kind { get; set; }

    /// <summary>One of the BUCA group: Blue Cross Blue Shield, UnitedHealthcare, Cigna, Aetna.</summary>
    public bool IsBuca { get; set; }

    public List<PayerAlias> Aliases { get; set; } = [];
}
