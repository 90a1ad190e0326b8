namespace CptGraph.Server.Cli;

/// <summary>A command line split into positional words and <c>--name value</c> options (<c>--flag</c> alone is "true").</summary>
public sealed class CliArguments
{
    private static readonly HashSet<string> Flags = ["--demo", "--allow-empty", "--help", "-h"];
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    public CliArguments(IEnumerable<string> args)
    {
        using var words = args.GetEnumerator();
        while (words.MoveNext())
        {
            var word = words.Current;
            if (!word.StartsWith('-'))
            {
                Positionals.Add(word);
            }
            else if (Flags.Contains(word))
            {
                _options[word] = "true";
            }
            else if (words.MoveNext())
            {
                _options[word] = words.Current;
            }
            else
            {
                throw new CliUsageException($"option {word} needs a value");
            }
        }
    }

    public List<string> Positionals { get; } = [];

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _options.ContainsKey(name);

    public string Require(string name) => Option(name) ?? throw new CliUsageException($"missing {name}");

    public decimal? Decimal(string name) => Option(name) is { } text
        ? decimal.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : throw new CliUsageException($"{name} '{text}' is not a number")
        : null;

    public int? Integer(string name) => Option(name) is { } text
        ? int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : throw new CliUsageException($"{name} '{text}' is not a whole number")
        : null;
}
