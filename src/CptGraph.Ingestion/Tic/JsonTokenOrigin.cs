namespace CptGraph.Ingestion.Tic;

/// <summary>
/// Where the text a <see cref="JsonTokenStream"/> reads sits in the file: the whole file, or a piece the parallel
/// reader cut out (a run of array elements wrapped in <c>[</c> <c>]</c>, or the file with those runs taken out).
/// </summary>
/// <param name="StartOffset">The file offset of the piece's first byte.</param>
/// <param name="PathPrefix">The path of the piece's outer value, e.g. <c>$.in_network</c>; <c>$</c> for the file.</param>
/// <param name="FirstIndex">The file index of the piece's first array element.</param>
/// <param name="Depth">How deep the piece's outer value sits in the file, so the depth limit is the file's.</param>
/// <param name="Compressed">The gzip input the piece came from, asked whether a cut at its end is a truncated download.</param>
/// <param name="OffsetMap">Maps an offset in the piece's text to the file's, where bytes were taken out of the piece.</param>
/// <param name="EndsAtEndOfInput">Whether the piece's text stopped because the input did (null: it always does, as the
/// whole file or the skeleton): only then can a cut at its end be a truncated download.</param>
internal sealed record JsonTokenOrigin(
    long StartOffset,
    string PathPrefix,
    int FirstIndex,
    int Depth,
    GzipInput? Compressed,
    Func<long, long>? OffsetMap = null,
    Func<bool>? EndsAtEndOfInput = null)
{
    /// <summary>Utf8JsonReader's default depth limit, the one a whole file is read with.</summary>
    public const int FileMaxDepth = 64;

    public static readonly JsonTokenOrigin WholeFile = new(0, "$", 0, 0, null);

    public long FileOffset(long offset) => OffsetMap?.Invoke(offset) ?? offset;
}
