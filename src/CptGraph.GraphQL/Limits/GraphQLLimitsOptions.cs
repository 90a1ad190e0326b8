namespace CptGraph.GraphQL.Limits;

/// <summary>
/// The limits every GraphQL request is held to; bound from the <c>GraphQL:Limits</c> configuration section.
/// The defaults are Hot Chocolate's where it has one (cost, timeout) and ours where it has none.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    public const string SectionName = "GraphQL:Limits";

    /// <summary>The deepest field nesting an operation may have (introspection fields are not counted).</summary>
    public int MaxExecutionDepth { get; set; } = 15;

    /// <summary>Hot Chocolate's MaxFieldCost: the most resolver work one operation may ask for.</summary>
    public double MaxFieldCost { get; set; } = 1000;

    /// <summary>Hot Chocolate's MaxTypeCost: the most objects one operation may ask for.</summary>
    public double MaxTypeCost { get; set; } = 1000;

    /// <summary>When false the cost is still computed (and reported on request) but never refused.</summary>
    public bool EnforceCostLimits { get; set; } = true;

    /// <summary>The most aliased fields one document may hold; aliases multiply work without deepening a query.</summary>
    public int MaxAliasCount { get; set; } = 30;

    /// <summary>The longest document text accepted, in characters; checked before parsing.</summary>
    public int MaxDocumentLength { get; set; } = 100_000;

    /// <summary>The most lexical tokens a document may hold; checked before parsing.</summary>
    public int MaxTokenCount { get; set; } = 10_000;

    /// <summary>Hot Chocolate's ExecutionTimeout: longer executions are cancelled with HC0045.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>When false, <c>__schema</c> and <c>__type</c> are refused with HC0046 (<c>__typename</c> stays).</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>The most entries one <c>order:</c> list may have (MAX_SORT_ENTRIES).</summary>
    public int MaxSortEntries { get; set; } = 10;

    /// <summary>The most <c>and</c>/<c>or</c> terms one <c>where:</c> may hold, counted through every level (MAX_FILTER_TERMS).</summary>
    public int MaxFilterTerms { get; set; } = 50;

    /// <summary>The most values one <c>in</c>/<c>nin</c> list may have (MAX_IN_VALUES).</summary>
    public int MaxInValues { get; set; } = 500;
}
