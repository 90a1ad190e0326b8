using CptGraph.Domain.Payers;

namespace CptGraph.Ingestion.Payers;

/// <summary>
/// Maps a TiC <c>reporting_entity_name</c> to a payer. Order: the operator's <c>--payer</c> override (a payer
/// name, case-insensitive); a payer whose name equals the entity name (case-insensitive: exact names win over
/// aliases, so the CMS examples' "medicare" is the Medicare payer, not a new commercial one); an alias equal to it
/// (case-insensitive); the longest alias ending in <c>*</c> that prefixes it; otherwise a new COMMERCIAL, non-BUCA
/// payer named after the entity, with a warning. Medicare has no TiC aliases: its rates come from the fee schedule.
/// </summary>
public static class PayerResolver
{
    public static PayerResolution Resolve(IReadOnlyList<Payer> payers, string? entityName, string? payerOverride)
    {
        if (payerOverride is not null)
        {
            var named = Named(payers, payerOverride);
            return named is not null
                ? new PayerResolution(named, null)
                : New(payerOverride, $"--payer '{payerOverride}' is not a known payer; created it as COMMERCIAL, non-BUCA");
        }

        if (string.IsNullOrWhiteSpace(entityName))
        {
            return New("Unknown reporting entity", "the file names no reporting_entity_name and no --payer was given");
        }

        var match = Named(payers, entityName.Trim()) ?? Match(payers, entityName);
        return match is not null
            ? new PayerResolution(match, null)
            : New(entityName.Trim(), $"reporting entity '{entityName.Trim()}' matches no payer alias; created it as its own COMMERCIAL, non-BUCA payer");
    }

    /// <summary>The alias rule alone: exact (case-insensitive) first, then the longest <c>prefix*</c> pattern.</summary>
    public static Payer? Match(IEnumerable<Payer> payers, string entityName)
    {
        var name = entityName.Trim();
        var aliases = payers.SelectMany(p => p.Aliases.Select(a => (Payer: p, a.Alias))).ToList();
        var exact = aliases.FirstOrDefault(a => !a.Alias.EndsWith('*') && string.Equals(a.Alias, name, StringComparison.OrdinalIgnoreCase));
        if (exact.Payer is not null)
        {
            return exact.Payer;
        }

        return aliases
            .Where(a => a.Alias.EndsWith('*') && name.StartsWith(a.Alias[..^1], StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(a => a.Alias.Length)
            .Select(a => a.Payer)
            .FirstOrDefault();
    }

    // The exact spelling first: a database may already hold "medicare" beside "Medicare" from before this rule.
    private static Payer? Named(IReadOnlyList<Payer> payers, string name) =>
        payers.FirstOrDefault(p => p.Name == name) ?? payers.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    private static PayerResolution New(string name, string warning) =>
        new(new Payer { Name = name, Kind = PayerKind.Commercial, IsBuca = false }, warning);
}
