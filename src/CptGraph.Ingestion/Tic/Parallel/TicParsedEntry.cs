namespace CptGraph.Ingestion.Tic.Parallel;

/// <summary>One rate entry of an <c>in_network</c> item, parsed by a piece's parser and dispatched by the merge.</summary>
internal sealed record TicParsedEntry(TicItem Item, TicRateEntry Entry);
