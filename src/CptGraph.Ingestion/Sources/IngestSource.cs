namespace CptGraph.Ingestion.Sources;

/// <summary>
/// One input file, local or remote, read once as a stream. <see cref="Length"/> and <see cref="Version"/> are
/// known once <see cref="OpenAsync"/> has returned (an HTTP source learns them from the response headers).
/// </summary>
public abstract class IngestSource
{
    /// <summary>The full path or URL: recorded as the run's source and named in every error.</summary>
    public abstract string Name { get; }

    /// <summary>The size in bytes, when known.</summary>
    public long? Length { get; protected set; }

    /// <summary>A cheap identity of this version of the source (size and modification time, or the ETag), when known.</summary>
    public string? Version { get; protected set; }

    /// <summary>Opens the raw bytes (still compressed, if the file is); the caller disposes the stream.</summary>
    /// <exception cref="IngestionException">The file or URL cannot be read.</exception>
    public abstract Task<Stream> OpenAsync(CancellationToken cancellationToken);

    public override string ToString() => Name;
}
