namespace CptGraph.Ingestion.Runs;

/// <summary>The kinds of input an <see cref="CptGraph.Domain.Ingestion.IngestRun"/> records.</summary>
public static class IngestRunKinds
{
    public const string Tic = "TIC_IN_NETWORK";
    public const string Medicare = "MEDICARE_PFS";

    /// <summary>A payer catalog import that changed a payer with rates, so its codes' distributions were recomputed.</summary>
    public const string PayerCatalog = "PAYER_CATALOG";
}
