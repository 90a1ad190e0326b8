namespace CptGraph.Ingestion.Tic;

/// <summary>What the parser found since the last batch, handed to the writer thread in one piece.</summary>
internal sealed class TicBatch
{
    /// <summary>
    /// Rates per batch: large enough that handing over costs nothing next to writing, small enough that the
    /// few batches in flight stay a few megabytes.
    /// </summary>
    public const int Capacity = 4096;

    public TicFileHeader? Header { get; set; }
    public List<TicFeeRate> FeeRates { get; } = new(Capacity);
    public List<TicSeparateRate> SeparateRates { get; } = [];
    public List<TicArrangement> Arrangements { get; } = [];

    public bool IsFull => FeeRates.Count + SeparateRates.Count + Arrangements.Count >= Capacity;
    public bool IsEmpty => Header is null && FeeRates.Count == 0 && SeparateRates.Count == 0 && Arrangements.Count == 0;
}
