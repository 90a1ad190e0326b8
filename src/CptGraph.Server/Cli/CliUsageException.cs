namespace CptGraph.Server.Cli;

/// <summary>A command line that cannot be understood; the CLI prints it with the usage text and exits 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
