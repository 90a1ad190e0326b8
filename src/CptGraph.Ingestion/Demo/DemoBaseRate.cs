namespace CptGraph.Ingestion.Demo;

/// <summary>A billing code and the dollar amount demo rates are scattered around (e.g. its Medicare national amount).</summary>
/// <param name="BillingCode">A CPT code, e.g. <c>96375</c>.</param>
/// <param name="BaseAmount">Dollars, greater than zero, e.g. 15.70.</param>
public sealed record DemoBaseRate(string BillingCode, decimal BaseAmount);
