namespace CptGraph.Server.Cli;

/// <summary>
/// A command line split into positional words and options: <c>--name value</c> or <c>--name=value</c>, and flags that
/// stand alone. Only options some command takes are accepted, so a typo (<c>--paye</c>) is an error instead of being
/// ignored, and an option is never given another option as its value (<c>--bogus --db X</c> does not eat <c>--db</c>).
/// </summary>
public sealed class CliArguments
{
    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.Ordinal) { "--demo", "--force", "--allow-empty", "--observations-only", "--help", "-h" };

    public static readonly IReadOnlySet<string> ValueOptions = new HashSet<string>(StringComparer.Ordinal)
    {
        "--db", "--provider", "--lock-timeout", "--max-db-size", "--payer", "--read-timeout", "--progress-every",
        "--rvu", "--gpci", "--cf", "--year", "--codes", "--output", "--release", "--format", "--out", "--from", "--to",
    };

    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    public CliArguments(IEnumerable<string> args)
    {
        var words = args.ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!word.StartsWith('-') || word == "-")
            {
                Positionals.Add(word);
                continue;
            }

            var (name, inlineValue) = Split(word);
            var next = i + 1 < words.Count ? words[i + 1] : null;
            if (Flags.Contains(name))
            {
                _options[name] = inlineValue ?? "true";
            }
            else if (!ValueOptions.Contains(name))
            {
                // Reported once the command is known (an unknown command is the bigger mistake); a word after it is
                // taken as its value, not as an input, and an option after it stays an option.
                UnknownOptions.Add(name);
                if (inlineValue is null && next is not null && !next.StartsWith('-'))
                {
                    i++;
                }
            }
            else if (inlineValue is not null)
            {
                _options[name] = inlineValue;
            }
            else if (next is not null && !next.StartsWith("--", StringComparison.Ordinal))
            {
                _options[name] = next;
                i++;
            }
            else
            {
                throw new CliUsageException($"option {name} needs a value");
            }
        }
    }

    public List<string> Positionals { get; } = [];

    /// <summary>Options no command takes, in the order given.</summary>
    public List<string> UnknownOptions { get; } = [];

    /// <summary>Fails on the first option no command takes, naming the option it is closest to.</summary>
    public void RejectUnknownOptions()
    {
        if (UnknownOptions is [var name, ..])
        {
            throw new CliUsageException($"unknown option {name}{Suggestion(name)}");
        }
    }

    /// <summary>The options given, by name.</summary>
    public IEnumerable<string> OptionNames => _options.Keys;

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _options.ContainsKey(name);

    public string Require(string name) => Option(name) ?? throw new CliUsageException($"missing {name}");

    public decimal? Decimal(string name) => Option(name) is { } text
        ? decimal.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : throw new CliUsageException($"{name} '{text}' is not a number")
        : null;

    public int? Integer(string name) => Option(name) is { } text
        ? int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : throw new CliUsageException($"{name} '{text}' is not a whole number")
        : null;

    /// <summary>
    /// Whether a command line asks for a CLI command rather than the server: it has a positional word (a verb, known or
    /// not) or asks for help. Unknown options are skipped with the word after them, as the server's own configuration
    /// switches (<c>--urls URL</c>) take one.
    /// </summary>
    public static bool HasCommand(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var word = args[i];
            if (word is "--help" or "-h" or "help" || !word.StartsWith('-'))
            {
                return true;
            }

            var (name, inlineValue) = Split(word);
            if (inlineValue is null && !Flags.Contains(name))
            {
                i++;
            }
        }

        return false;
    }

    private static (string Name, string? Value) Split(string word) =>
        word.StartsWith("--", StringComparison.Ordinal) && word.IndexOf('=') is > 2 and var at ? (word[..at], word[(at + 1)..]) : (word, null);

    // The known option closest to a typo (at most two edits away), so "--paye" says what was meant.
    private static string Suggestion(string name)
    {
        var best = Flags.Concat(ValueOptions).Select(o => (Option: o, Distance: EditDistance(name, o))).MinBy(x => x.Distance);
        return best.Distance <= 2 ? $" (did you mean {best.Option}?)" : "";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
