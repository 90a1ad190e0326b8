using CptGraph.Domain.Payers;

namespace CptGraph.Ingestion.Content;

/// <summary>The payer reference list with the TiC entity-name aliases that map to each payer.</summary>
public sealed record PayerCatalog(int FormatVersion, string ContentVersion, string Source, IReadOnlyList<PayerEntry> Payers);

public sealed record PayerEntry(string Name, PayerKind Kind, bool IsBuca, IReadOnlyList<string> Aliases);
