namespace CptGraph.Ingestion.Tic.Parallel;

/// <summary>The arrays whose elements are parsed in parallel.</summary>
internal enum TicPieceKind
{
    /// <summary>Elements of the root <c>in_network</c>.</summary>
    InNetwork,

    /// <summary>Elements of the root <c>provider_references</c>.</summary>
    ProviderReferences,

    /// <summary>Elements of one big <c>in_network</c> item's <c>negotiated_rates</c>, cut out of its in_network piece.</summary>
    NegotiatedRates,
}
