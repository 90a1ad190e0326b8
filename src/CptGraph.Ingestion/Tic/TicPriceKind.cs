namespace CptGraph.Ingestion.Tic;

/// <summary>What a <c>negotiated_rate</c> measures, decided by its <c>negotiated_type</c>.</summary>
internal enum TicPriceKind
{
    /// <summary>negotiated, fee schedule or derived: a dollar amount.</summary>
    Dollar,
    /// <summary>percentage: a percent of billed charges.</summary>
    Percentage,
    /// <summary>per diem: a daily amount.</summary>
    PerDiem,
}
