namespace CptGraph.Domain.Codes;

/// <summary>
/// The optional descriptive fields of a <see cref="Code"/>, named as the API names them, so that
/// "which metadata is missing" is answered from one list instead of per-field checks.
/// </summary>
public static class CodeMetadata
{
    private static readonly (string Name, Func<Code, string?> Get)[] Fields =
    [
        ("description", c => c.Description),
        ("title", c => c.Title),
        ("headline", c => c.Headline),
        ("summary", c => c.Summary),
        ("significance", c => c.Significance),
        ("overview", c => c.Overview),
        ("serviceType", c => c.ServiceType),
        ("siteOfService", c => c.SiteOfService),
        ("serviceLine", c => c.ServiceLine),
        ("clinicalContext", c => c.ClinicalContext),
        ("usageNotes", c => c.UsageNotes),
        ("scopeNote", c => c.ScopeNote),
    ];

    /// <summary>The API names of the descriptive fields the content did not provide.</summary>
    public static IReadOnlyList<string> Missing(Code code) =>
        Fields.Where(f => string.IsNullOrWhiteSpace(f.Get(code))).Select(f => f.Name).ToList();
}
