namespace CptGraph.Bench.Ingestion;

/// <summary>The file shapes the issue names: the demo generator at a size, one huge code (references first or last), many small codes.</summary>
internal enum BenchShape
{
    /// <summary>(d) the demo generator, as many codes × 2,000 providers as the size needs.</summary>
    Demo,

    /// <summary>(a) one code with <c>--refs</c> provider groups, provider_references after in_network.</summary>
    OneCodeRefsLast,

    /// <summary>(b) one code with <c>--refs</c> provider groups, provider_references first.</summary>
    OneCodeRefsFirst,

    /// <summary>(c) <c>--codes</c> codes × <c>--per-code</c> provider groups.</summary>
    ManyCodes,
}
