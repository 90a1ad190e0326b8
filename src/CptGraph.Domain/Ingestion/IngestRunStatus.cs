namespace CptGraph.Domain.Ingestion;

/// <summary>How an ingest run ended.</summary>
public enum IngestRunStatus
{
    /// <summary>The file's rows, distributions and this record were committed together.</summary>
    Succeeded,

    /// <summary>The file was rejected; its data transaction was rolled back and only this record was written.</summary>
    Failed,

    /// <summary>The content was already ingested by an earlier run; nothing else was written.</summary>
    Skipped,
}
