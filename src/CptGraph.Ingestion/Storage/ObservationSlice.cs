namespace CptGraph.Ingestion.Storage;

/// <summary>One payer's vintage month of observations: the leading columns of the observations' unique index.</summary>
internal readonly record struct ObservationSlice(int PayerId, string VintageMonth);
