using System.Globalization;

namespace CptGraph.Ingestion.Sources;

/// <summary>A file on a local or mounted disk.</summary>
public sealed class LocalFileSource(string path) : IngestSource
{
    public override string Name { get; } = Path.GetFullPath(path);

    public override Task<Stream> OpenAsync(CancellationToken cancellationToken)
    {
        var info = new FileInfo(Name);
        if (!info.Exists)
        {
            throw new IngestionException(Name, "file", "no such file");
        }

        Length = info.Length;
        Version = $"{info.Length}@{info.LastWriteTimeUtc.ToString("O", CultureInfo.InvariantCulture)}";

        // No FileStream buffer: the JSON reader (or GZipStream) already reads in large blocks.
        Stream stream = new FileStream(Name, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        return Task.FromResult(stream);
    }
}
