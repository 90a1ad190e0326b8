namespace CptGraph.Ingestion.Medicare;

/// <summary>A column found by name in a CSV header.</summary>
/// <param name="Name">The name as the reader asked for it, used in error messages.</param>
/// <param name="Index">The 0-based field index.</param>
internal readonly record struct CsvColumn(string Name, int Index);
