namespace CptGraph.Ingestion.Tic.Parallel;

/// <summary>
/// One <c>provider_references</c> element as a piece's parser read it; the merge adds it to the file's references in
/// order, so a duplicate id fails at the same element (and with the same location) as in one pass.
/// </summary>
/// <param name="EndOffset">The file offset of the element's closing brace, where a duplicate id is reported.</param>
internal sealed record TicParsedReference(string Id, List<string>? ProviderKeys, string? RemoteLocation, long EndOffset);
