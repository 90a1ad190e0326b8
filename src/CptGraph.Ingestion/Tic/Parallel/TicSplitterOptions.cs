namespace CptGraph.Ingestion.Tic.Parallel;

/// <summary>How the parallel reader cuts and buffers; tests make pieces tiny so every element is cut apart.</summary>
/// <param name="PieceBytes">Elements go into one piece until it holds about this many bytes (0: one element per piece).</param>
/// <param name="ReadBytes">The splitter's read size.</param>
/// <param name="PipeBytes">Bytes of a piece buffered ahead of its parser: a huge element streams through this much.</param>
/// <param name="ResultCapacity">Parsed results a piece holds before its parser waits for the merge.</param>
internal sealed record TicSplitterOptions(long PieceBytes = 1 << 20, int ReadBytes = 1 << 20, long PipeBytes = 4L << 20, int ResultCapacity = 16384);
