namespace CptGraph.Domain.Payers;

/// <summary>Whether a payer is a commercial plan or Medicare.</summary>
public enum PayerKind
{
    Commercial,
    Medicare,
}
