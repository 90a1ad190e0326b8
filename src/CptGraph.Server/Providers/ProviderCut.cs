using GraphQL;
using GraphQL.Types;

namespace CptGraph.Server.Providers;

/// <summary>
/// A cut of the distributions by the observation's providers (docs/domain-rules.md, "Cuts by state and taxonomy"):
/// an observation is in the cut when one of its provider group's NPIs has that NPPES practice state and/or primary taxonomy.
/// </summary>
public sealed record ProviderCut(string? State, string? Taxonomy)
{
    /// <summary>The <c>state</c> and <c>taxonomy</c> arguments of <c>rates</c>.</summary>
    public static QueryArgument[] Arguments() =>
    [
        new QueryArgument<StringGraphType> { Name = "state", Description = "Only observations whose provider group has an NPI practising in this state (NPPES practice location, e.g. \"TX\"); computed on request from the observations (docs/domain-rules.md)." },
        new QueryArgument<StringGraphType> { Name = "taxonomy", Description = "Only observations whose provider group has an NPI with this NPPES primary taxonomy (e.g. \"207R00000X\"); combines with state (the same NPI must match both)." },
    ];

    /// <summary>The cut the arguments ask for; null when neither is given (the stored distributions are served).</summary>
    public static ProviderCut? Read(IResolveFieldContext context)
    {
        var state = context.GetArgument<string?>("state")?.Trim().ToUpperInvariant();
        var taxonomy = context.GetArgument<string?>("taxonomy")?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(state) && string.IsNullOrEmpty(taxonomy) ? null
            : new ProviderCut(string.IsNullOrEmpty(state) ? null : state, string.IsNullOrEmpty(taxonomy) ? null : taxonomy);
    }
}
