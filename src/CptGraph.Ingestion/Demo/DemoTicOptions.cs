namespace CptGraph.Ingestion.Demo;

/// <summary>What <see cref="DemoTicGenerator"/> writes into one synthetic in-network rates file.</summary>
/// <param name="ReportingEntityName">The payer, e.g. <c>Aetna Life Insurance Company</c>.</param>
/// <param name="LastUpdatedOn">The file's <c>last_updated_on</c> date.</param>
/// <param name="Codes">The codes, in file order, and the amounts their rates centre on.</param>
/// <param name="ProviderCount">Provider groups (1 to 9,999,999); each gets a rate for every code.</param>
/// <param name="Seed">The random seed; the same options always give the same bytes.</param>
/// <param name="PayerFactor">How far above the base amount the payer's median rate sits, e.g. 1.6 (160%).</param>
/// <param name="ProviderReferencesLast">Writes <c>provider_references</c> after <c>in_network</c>, as some payers do
/// (the reader must then hold every rate until the references arrive).</param>
public sealed record DemoTicOptions(
    string ReportingEntityName,
    DateOnly LastUpdatedOn,
    IReadOnlyList<DemoBaseRate> Codes,
    int ProviderCount,
    ulong Seed,
    decimal PayerFactor = 1.6m,
    bool ProviderReferencesLast = false);
