namespace CptGraph.Ingestion.Tic;

/// <summary>
/// What a file's read-and-store pass returns: the writer's warnings and where the time went, which says which
/// side limits the ingest — a reader that waited long for the writer means storage is the bottleneck, a writer idle
/// most of the time means parsing is.
/// </summary>
/// <param name="Elapsed">Wall time of the pass.</param>
/// <param name="WriterBusy">Time the writer spent storing batches.</param>
/// <param name="ReaderWaited">Time the reader was blocked on a full channel.</param>
internal sealed record TicPipelineResult(IReadOnlyList<string> Warnings, TimeSpan Elapsed, TimeSpan WriterBusy, TimeSpan ReaderWaited);
