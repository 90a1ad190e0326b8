namespace CptGraph.Ingestion.Runs;

/// <summary>The kinds of input an <see cref="CptGraph.Domain.Ingestion.IngestRun"/> records.</summary>
public static class IngestRunKinds
{
    public const string Tic = "TIC_IN_NETWORK";
    public const string Medicare = "MEDICARE_PFS";

    /// <summary>A payer catalog import that changed a payer with rates, so its codes' distributions were recomputed.</summary>
    public const string PayerCatalog = "PAYER_CATALOG";

    /// <summary>One Parquet partition file of observations (<c>ingest partitions</c>): a payer vintage, like a TiC file.</summary>
    public const string Partition = "OBSERVATION_PARTITION";
}
