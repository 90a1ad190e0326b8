namespace CptGraph.Ingestion;

/// <summary>
/// Bad input: names the file, where in it (a JSON path and byte offset, or a line) and what was wrong,
/// so an operator can find the fault without a debugger.
/// </summary>
public sealed class IngestionException(string source, string location, string problem, Exception? inner = null)
    : Exception($"{source}: {location}: {problem}", inner)
{
    /// <summary>The input file or URL (hides <see cref="Exception.Source"/>, which names an assembly, not our input).</summary>
    public new string Source { get; } = source;

    /// <summary>Where in the input, e.g. <c>byte 1234, $.in_network[3].negotiated_rates[0]</c> or <c>line 12</c>.</summary>
    public string Location { get; } = location;

    /// <summary>What was wrong.</summary>
    public string Problem { get; } = problem;
}
