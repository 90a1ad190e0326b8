namespace CptGraph.Ingestion.Storage;

/// <summary>
/// The <c>RateObservations</c> insert, written once for both stores' write paths (SQLite's multi-row VALUES, PostgreSQL's
/// SELECT from the COPY batch): the columns a batch shares, then those each row carries, then <c>ScreeningFlags</c> as 0
/// (the recompute sets it), skipping rows the unique index already holds so the row count is "how many were new".
/// </summary>
internal static class ObservationInsertSql
{
    /// <summary>Bound once per batch: payer, vintage, run and vintage month.</summary>
    public static readonly string[] SharedColumns = ["PayerId", "Vintage", "IngestRunId", "VintageMonth"];

    /// <summary>Carried by each row, in the order the write paths bind them.</summary>
    public static readonly string[] RowColumns =
        ["CodeId", "ModifierKey", "BillingClass", "ProviderKey", "Amount", "NegotiatedType", "ProviderGroupId", "ServiceCodes"];

    public const string OnConflict = " ON CONFLICT DO NOTHING";

    /// <summary><c>INSERT INTO "RateObservations" (shared…, row…, "ScreeningFlags") </c>, to be followed by VALUES or a SELECT.</summary>
    public static readonly string Into =
        $"""INSERT INTO "RateObservations" ({Quoted([.. SharedColumns, .. RowColumns, "ScreeningFlags"])}) """;

    /// <summary>The row columns quoted and comma-separated, each prefixed with <paramref name="alias"/> (e.g. <c>b.</c>).</summary>
    public static string RowColumnList(string alias = "") => Quoted(RowColumns, alias);

    private static string Quoted(IEnumerable<string> columns, string alias = "") =>
        string.Join(",", columns.Select(c => $"{alias}\"{c}\""));
}
