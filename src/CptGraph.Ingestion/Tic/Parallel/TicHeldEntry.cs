namespace CptGraph.Ingestion.Tic.Parallel;

/// <summary>An uncut entry of an item with a cut <c>negotiated_rates</c>, held (facts not yet known) in file order with the cut ones.</summary>
internal sealed record TicHeldEntry(TicRateEntry Entry);
