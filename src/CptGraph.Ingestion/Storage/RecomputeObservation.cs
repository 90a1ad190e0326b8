using CptGraph.Domain.Rates;

namespace CptGraph.Ingestion.Storage;

/// <summary>One stored observation as a recompute reads it: its row id (to write changed flags back) and its facts.</summary>
internal readonly record struct RecomputeObservation(long Id, int CodeId, PricedObservation Priced);
