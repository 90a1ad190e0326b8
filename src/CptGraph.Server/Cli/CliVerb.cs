using CptGraph.Ingestion.Reference;

namespace CptGraph.Server.Cli;

/// <summary>
/// One command of the CLI: its words (<c>ingest tic</c>), what its inputs are (null: it takes none; otherwise at least
/// one is needed, and this names them in the message that says so) and the options it accepts besides the storage ones.
/// </summary>
public sealed record CliVerb(string Name, string? Inputs, params string[] Options)
{
    /// <summary>Options every command takes: where the database is and how writes wait for it.</summary>
    public static readonly string[] StorageOptions = ["--db", "--provider", "--lock-timeout", "--max-db-size"];

    private static readonly string[] IngestOptions = ["--payer", "--demo", "--force", "--read-timeout", "--progress-every", "--allow-empty", "--observations-only"];

    public static readonly IReadOnlyList<CliVerb> All =
    [
        new("import payers", "a payer catalog FILE"),
        new("import content", "a reference-content FILE"),
        new("import nppes", "an NPPES dissemination FILE (npidata_pfile_*.csv)"),
        new("ingest tic", "an INPUT (a TiC in-network file, a directory, a quoted glob or an http(s) URL)", IngestOptions),
        new("ingest toc", "an INPUT (a TiC table-of-contents file, a directory, a quoted glob or an http(s) URL)", IngestOptions),
        new("ingest partitions", "a DIR of Parquet observation partitions (payer=…/vintage=…/, as export observations writes them)", "--progress-every"),
        new("ingest medicare", null, "--rvu", "--gpci", "--cf", "--year", "--codes", "--progress-every"),
        .. ReferenceSets.ByName.Keys.Select(set => new CliVerb($"import {set}", $"an official {set} FILE", "--release")),
        new("export observations", null, "--format", "--out"),
        new("seed", null),
        new("migrate-store", null, "--from", "--to"),
        new("schema export", null, "--output"),
    ];

    public string[] Words => Name.Split(' ');

    /// <summary>Whether <paramref name="option"/> applies to this command.</summary>
    public bool Accepts(string option) => Options.Contains(option) || StorageOptions.Contains(option) || option is "--help" or "-h";

    /// <summary>
    /// The command the positional words name and its inputs, checked: an unknown command, a command without the inputs
    /// it needs (or with inputs it does not take) and an option the command does not take are usage errors.
    /// </summary>
    public static (CliVerb Verb, string[] Inputs) Resolve(CliArguments arguments)
    {
        var words = arguments.Positionals;
        if (Find(words) is not var (verb, inputs))
        {
            var known = string.Join(", ", All.Where(v => words.Count > 0 && v.Words[0] == words[0]).Select(v => v.Name));
            throw new CliUsageException(known.Length == 0
                ? $"unknown command '{string.Join(' ', words)}'; the commands are {string.Join(", ", All.Select(v => v.Name))}"
                : words.Count == 1 ? $"'{words[0]}' needs one of: {known}" : $"unknown command '{string.Join(' ', words)}'; '{words[0]}' is one of: {known}");
        }

        arguments.RejectUnknownOptions();
        if (verb.Inputs is { } needed && inputs.Length == 0)
        {
            throw new CliUsageException($"{verb.Name} needs {needed}");
        }

        if (verb.Inputs is null && inputs.Length > 0)
        {
            throw new CliUsageException($"{verb.Name} takes no inputs, but was given '{string.Join(' ', inputs)}'");
        }

        if (arguments.OptionNames.FirstOrDefault(o => !verb.Accepts(o)) is { } stray)
        {
            throw new CliUsageException($"option {stray} does not apply to {verb.Name}");
        }

        return (verb, inputs);
    }

    /// <summary>The command the positional words start with, and the inputs after its words; null when none matches.</summary>
    private static (CliVerb Verb, string[] Inputs)? Find(IReadOnlyList<string> words) =>
        All.Where(v => v.Words.Length <= words.Count && v.Words.SequenceEqual(words.Take(v.Words.Length)))
            .Select(v => ((CliVerb, string[])?)(v, words.Skip(v.Words.Length).ToArray()))
            .FirstOrDefault();
}
