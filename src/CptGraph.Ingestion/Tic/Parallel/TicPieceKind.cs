namespace CptGraph.Ingestion.Tic.Parallel;

/// <summary>The two root arrays whose elements are parsed in parallel.</summary>
internal enum TicPieceKind
{
    InNetwork,
    ProviderReferences,
}
