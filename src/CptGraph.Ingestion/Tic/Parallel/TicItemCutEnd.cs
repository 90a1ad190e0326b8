namespace CptGraph.Ingestion.Tic.Parallel;

/// <summary>The end of an item with a cut <c>negotiated_rates</c>: its final facts, contained codes and the prices of its own (uncut) entries.</summary>
internal sealed record TicItemCutEnd(TicItem Item, List<string> ContainedCodes, int LocalPriceCount);
