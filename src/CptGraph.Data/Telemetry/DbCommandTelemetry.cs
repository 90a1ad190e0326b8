using System.Diagnostics.Metrics;

namespace CptGraph.Data.Telemetry;

/// <summary>
/// The data layer's meter: <c>cptgraph.db.commands</c> counts every SQL command EF Core executes (queries, scalars and
/// non-queries, on SQLite and PostgreSQL alike), tagged with its <see cref="DbCommandOrigin"/>. Prometheus shows it as
/// <c>cptgraph_db_commands_total{origin="request"}</c>; the API bench divides its growth by the requests it sent.
/// <c>cptgraph.db.statements{outcome}</c> shows whether SQLite reused its prepared statements.
/// </summary>
public static class DbCommandTelemetry
{
    public const string MeterName = "CptGraph.Data";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Commands = Meter.CreateCounter<long>("cptgraph.db.commands", description: "SQL commands executed");

    // SQLite's held connections (SqliteStatementCache): "reused" ran on a statement prepared earlier, "prepared" was
    // prepared and kept, "not-kept" ran on EF's own command (in a transaction, or past the connection's maximum).
    private static readonly Counter<long> Statements = Meter.CreateCounter<long>(
        "cptgraph.db.statements", description: "SQLite commands by what happened to their prepared statement (reused, prepared, not-kept)");

    public static void RecordCommand() => Commands.Add(1, new KeyValuePair<string, object?>("origin", DbCommandOrigin.Current));

    public static void RecordStatement(string outcome) => Statements.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
