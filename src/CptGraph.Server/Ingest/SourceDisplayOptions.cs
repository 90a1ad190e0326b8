namespace CptGraph.Server.Ingest;

/// <summary>How ingest sources are shown to API clients; bound from the <c>Ingest</c> configuration section.</summary>
public sealed class SourceDisplayOptions
{
    public const string SectionName = "Ingest";

    /// <summary>
    /// When false (the default), a local source is shown by its file name only, in <c>source</c> and in <c>error</c>:
    /// the server's directory layout is nobody's business. URLs are shown whole.
    /// </summary>
    public bool ShowSourcePaths { get; set; }
}
