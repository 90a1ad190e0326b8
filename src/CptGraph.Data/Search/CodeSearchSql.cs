namespace CptGraph.Data.Search;

/// <summary>
/// The SQLite FTS5 index behind <c>searchCodes</c>: one row per code (rowid = code id) with its code, description and title,
/// and the text of its linked diagnoses and taxonomies. Triggers keep it in sync inside the writing transaction, so every
/// write path (content import, TiC ingest creating codes, tests) is covered without a hook or a rebuild step.
/// Kept apart from the migration so a regenerated migration can call it again.
/// PostgreSQL's counterpart is <see cref="PostgresCodeSearchSql"/>; <see cref="Reader"/> reads either.
/// </summary>
public static class CodeSearchSql
{
    public const string Table = "CodeSearch";

    /// <summary>
    /// The reader of this index and of <see cref="PostgresCodeSearchSql"/>: a match in the code counts most, then the
    /// description, then diagnosis and taxonomy text (bm25 10, 4, 1, 1; ts_rank's weights are listed {D, C, B, A}).
    /// </summary>
    public static readonly FullTextIndex Reader = new(Table, "10.0, 4.0, 1.0, 1.0", PostgresCodeSearchSql.Table, "CodeId", "0.1, 0.1, 0.4, 1.0");

    /// <summary>Indexes the codes whose id matches <paramref name="ids"/> (e.g. <c>= NEW.Id</c>, <c>IN (SELECT ...)</c>).</summary>
    private static string Index(string ids) => $"""
        INSERT INTO {Table}(rowid, code, description, diagnoses, taxonomies)
        SELECT c.Id, c.Value, coalesce(c.Description, '') || ' ' || coalesce(c.Title, ''),
               (SELECT coalesce(group_concat(d.Value || ' ' || d.Description, ' '), '') FROM CodeDiagnoses l JOIN Diagnoses d ON d.Id = l.DiagnosisId WHERE l.CodeId = c.Id),
               (SELECT coalesce(group_concat(t.Value || ' ' || t.Specialty, ' '), '') FROM CodeTaxonomies l JOIN Taxonomies t ON t.Id = l.TaxonomyId WHERE l.CodeId = c.Id)
        FROM Codes c WHERE c.Id {ids};
        """;

    /// <summary>Replaces the index rows of the codes whose id matches <paramref name="ids"/>.</summary>
    private static string Refresh(string ids) => $"DELETE FROM {Table} WHERE rowid {ids};\n{Index(ids)}";

    public static string Create => $"""
        CREATE VIRTUAL TABLE {Table} USING fts5(code, description, diagnoses, taxonomies, tokenize = 'unicode61 remove_diacritics 2');
        {Index("IS NOT NULL")}
        CREATE TRIGGER CodeSearch_CodeInserted AFTER INSERT ON Codes BEGIN {Refresh("= NEW.Id")} END;
        CREATE TRIGGER CodeSearch_CodeUpdated AFTER UPDATE ON Codes BEGIN {Refresh("= NEW.Id")} END;
        CREATE TRIGGER CodeSearch_CodeDeleted AFTER DELETE ON Codes BEGIN DELETE FROM {Table} WHERE rowid = OLD.Id; END;
        CREATE TRIGGER CodeSearch_DiagnosisLinked AFTER INSERT ON CodeDiagnoses BEGIN {Refresh("= NEW.CodeId")} END;
        CREATE TRIGGER CodeSearch_DiagnosisUnlinked AFTER DELETE ON CodeDiagnoses BEGIN {Refresh("= OLD.CodeId")} END;
        CREATE TRIGGER CodeSearch_TaxonomyLinked AFTER INSERT ON CodeTaxonomies BEGIN {Refresh("= NEW.CodeId")} END;
        CREATE TRIGGER CodeSearch_TaxonomyUnlinked AFTER DELETE ON CodeTaxonomies BEGIN {Refresh("= OLD.CodeId")} END;
        CREATE TRIGGER CodeSearch_DiagnosisUpdated AFTER UPDATE ON Diagnoses BEGIN
          {Refresh("IN (SELECT CodeId FROM CodeDiagnoses WHERE DiagnosisId = NEW.Id)")}
        END;
        CREATE TRIGGER CodeSearch_TaxonomyUpdated AFTER UPDATE ON Taxonomies BEGIN
          {Refresh("IN (SELECT CodeId FROM CodeTaxonomies WHERE TaxonomyId = NEW.Id)")}
        END;
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS CodeSearch_CodeInserted;
        DROP TRIGGER IF EXISTS CodeSearch_CodeUpdated;
        DROP TRIGGER IF EXISTS CodeSearch_CodeDeleted;
        DROP TRIGGER IF EXISTS CodeSearch_DiagnosisLinked;
        DROP TRIGGER IF EXISTS CodeSearch_DiagnosisUnlinked;
        DROP TRIGGER IF EXISTS CodeSearch_TaxonomyLinked;
        DROP TRIGGER IF EXISTS CodeSearch_TaxonomyUnlinked;
        DROP TRIGGER IF EXISTS CodeSearch_DiagnosisUpdated;
        DROP TRIGGER IF EXISTS CodeSearch_TaxonomyUpdated;
        DROP TABLE IF EXISTS CodeSearch;
        """;
}
