using CptGraph.Domain.Payers;

namespace CptGraph.Server.Providers;

/// <summary>A payer's negotiated amount with one TIN (a TIN may have several for one payer: one per distinct amount).</summary>
public sealed record ProviderRate(Payer Payer, decimal Amount);
