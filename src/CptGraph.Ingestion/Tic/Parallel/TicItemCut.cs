namespace CptGraph.Ingestion.Tic.Parallel;

/// <summary>
/// An in_network piece's parser reached a <c>negotiated_rates</c> array the splitter cut out of it: the next pieces in
/// file order are its entries. <see cref="Item"/> is the item when its facts were all known by then (its entries then
/// stream, as in one pass), otherwise null (they are held until <see cref="TicItemCutEnd"/>).
/// </summary>
internal sealed record TicItemCut(TicItem? Item);
