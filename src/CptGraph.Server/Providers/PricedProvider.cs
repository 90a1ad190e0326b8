using CptGraph.Domain.Providers;

namespace CptGraph.Server.Providers;

/// <summary>One TIN that prices a code, with the NPPES provider its name comes from and each payer's rates.</summary>
/// <param name="ProviderKey"><c>tin:ein:…</c> or <c>tin:npi:…</c>.</param>
/// <param name="Resolved">The NPI the listing names the TIN by (organisation first, then individual, lowest NPI first); null when none of its NPIs is in NPPES.</param>
public sealed record PricedProvider(string ProviderKey, NppesProvider? Resolved, IReadOnlyList<ProviderRate> Rates);
