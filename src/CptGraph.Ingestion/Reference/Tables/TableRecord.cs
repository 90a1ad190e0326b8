namespace CptGraph.Ingestion.Reference.Tables;

/// <summary>One record of a CSV, tab-delimited or xlsx table: its 1-based line (or sheet row) and its cells, untrimmed.</summary>
public sealed record TableRecord(int Line, IReadOnlyList<string> Fields)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}
