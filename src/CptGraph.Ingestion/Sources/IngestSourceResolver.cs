namespace CptGraph.Ingestion.Sources;

/// <summary>
/// Turns command-line inputs into sources: an http(s) URL, a file, a directory (its files, not its
/// subdirectories) or a glob whose wildcards (<c>*</c>, <c>?</c>) are in the file name, e.g.
/// <c>'data/*.json.gz'</c> quoted so the shell leaves it alone. Directory and glob matches are taken in
/// ordinal name order so a run is repeatable.
/// </summary>
public sealed class IngestSourceResolver(RemoteFetcher fetcher)
{
    private static readonly char[] Wildcards = ['*', '?'];

    /// <exception cref="IngestionException">An input names nothing that exists, or a pattern matches nothing.</exception>
    public IReadOnlyList<IngestSource> Resolve(IEnumerable<string> inputs) => inputs.SelectMany(ResolveOne).ToList();

    /// <summary>A location written inside another file (a table of contents): absolute, or relative to that file.</summary>
    public IngestSource ResolveLocation(string location, IngestSource listedIn)
    {
        var baseUri = listedIn is HttpSource http ? http.Url : new Uri(listedIn.Name);
        if (!Uri.TryCreate(baseUri, location, out var url))
        {
            throw new IngestionException(listedIn.Name, "location", $"'{location}' is not a URL or path");
        }

        return url.IsFile ? new LocalFileSource(url.LocalPath) : FromUrl(url, listedIn.Name);
    }

    private IEnumerable<IngestSource> ResolveOne(string input)
    {
        if (Uri.TryCreate(input, UriKind.Absolute, out var url) && !url.IsFile)
        {
            return [FromUrl(url, input)];
        }

        if (Directory.Exists(input))
        {
            return Matches(input, "*", input);
        }

        if (input.IndexOfAny(Wildcards) >= 0)
        {
            string directory = Path.GetDirectoryName(input) is { Length: > 0 } d ? d : ".";
            if (directory.IndexOfAny(Wildcards) >= 0)
            {
                throw new IngestionException(input, "input", "wildcards are allowed only in the file name, not in directories");
            }

            return Matches(directory, Path.GetFileName(input), input);
        }

        return File.Exists(input) ? [new LocalFileSource(input)] : throw new IngestionException(Path.GetFullPath(input), "file", "no such file");
    }

    private HttpSource FromUrl(Uri url, string input) =>
        url.Scheme is "http" or "https" ? new HttpSource(url, fetcher) : throw new IngestionException(input, "input", $"unsupported URL scheme '{url.Scheme}' (http and https are)");

    private static IEnumerable<IngestSource> Matches(string directory, string pattern, string input)
    {
        if (!Directory.Exists(directory))
        {
            throw new IngestionException(Path.GetFullPath(directory), "input", "no such directory");
        }

        var files = Directory.EnumerateFiles(directory, pattern, SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(f => new LocalFileSource(f))
            .ToList();
        return files.Count > 0 ? files : throw new IngestionException(input, "input", "no file matches");
    }
}
