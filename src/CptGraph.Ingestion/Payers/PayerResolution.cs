using CptGraph.Domain.Payers;

namespace CptGraph.Ingestion.Payers;

/// <summary>The payer a file's rates belong to; when <see cref="Warning"/> is set the payer is new (Id 0, unsaved).</summary>
public sealed record PayerResolution(Payer Payer, string? Warning);
