namespace CptGraph.Data.Search;

/// <summary>
/// The SQLite FTS5 index behind <c>searchDiagnoses</c>: one row per diagnosis (rowid = diagnosis id) with its dotted code,
/// the code without the dot (so <c>E119</c> finds <c>E11.9</c>) and its description, kept in sync by triggers like
/// <see cref="CodeSearchSql"/>. PostgreSQL later: a tsvector over the same text (see CodeSearchSql).
/// </summary>
public static class DiagnosisSearchSql
{
    public const string Table = "DiagnosisSearch";

    /// <summary>
    /// The reader of this index and of <see cref="PostgresDiagnosisSearchSql"/>: a match in the code counts most (bm25 10, 1;
    /// ts_rank's weights are listed {D, C, B, A} and only B, the description, and A, the code, are used).
    /// </summary>
    public static readonly FullTextIndex Reader = new(Table, "10.0, 1.0", PostgresDiagnosisSearchSql.Table, "DiagnosisId", "0.1, 0.1, 0.1, 1.0");

    private static string Index(string ids) => $"""
        INSERT INTO {Table}(rowid, code, description)
        SELECT d.Id, d.Value || ' ' || replace(d.Value, '.', ''), d.Description FROM Diagnoses d WHERE d.Id {ids};
        """;

    public static string Create => $"""
        CREATE VIRTUAL TABLE {Table} USING fts5(code, description, tokenize = 'unicode61 remove_diacritics 2');
        {Index("IS NOT NULL")}
        CREATE TRIGGER DiagnosisSearch_Inserted AFTER INSERT ON Diagnoses BEGIN {Index("= NEW.Id")} END;
        CREATE TRIGGER DiagnosisSearch_Updated AFTER UPDATE OF Value, Description ON Diagnoses BEGIN
          DELETE FROM {Table} WHERE rowid = NEW.Id; {Index("= NEW.Id")}
        END;
        CREATE TRIGGER DiagnosisSearch_Deleted AFTER DELETE ON Diagnoses BEGIN DELETE FROM {Table} WHERE rowid = OLD.Id; END;
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS DiagnosisSearch_Inserted;
        DROP TRIGGER IF EXISTS DiagnosisSearch_Updated;
        DROP TRIGGER IF EXISTS DiagnosisSearch_Deleted;
        DROP TABLE IF EXISTS DiagnosisSearch;
        """;
}
