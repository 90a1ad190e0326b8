namespace CptGraph.Data.Search;

/// <summary>
/// PostgreSQL's counterpart of the diagnoses' FTS5 index (<see cref="DiagnosisSearchSql"/>): one weighted <c>tsvector</c> per
/// diagnosis (A: the dotted code and the code without the dot, B: the description) behind a GIN index, kept in sync by a
/// trigger inside the writing transaction. Words are cut with <c>cptgraph_search_words</c> of <see cref="PostgresCodeSearchSql"/>
/// (which must run first), so both stores see the same words. Applied after the migrations by <see cref="DatabaseMigrator"/>;
/// every statement is idempotent.
/// </summary>
public static class PostgresDiagnosisSearchSql
{
    public const string Table = "DiagnosisSearch";

    /// <summary>One batch, so one implicit transaction, behind the same advisory lock as the code search.</summary>
    public const string Create = """
        SELECT pg_advisory_xact_lock(7212496375);
        CREATE TABLE IF NOT EXISTS "DiagnosisSearch" (
          "DiagnosisId" integer PRIMARY KEY REFERENCES "Diagnoses"("Id") ON DELETE CASCADE,
          "Document" tsvector NOT NULL);
        CREATE INDEX IF NOT EXISTS "IX_DiagnosisSearch_Document" ON "DiagnosisSearch" USING GIN ("Document");

        CREATE OR REPLACE FUNCTION cptgraph_diagnosis_search_refresh(ids integer[]) RETURNS void LANGUAGE sql AS $$
          DELETE FROM "DiagnosisSearch" WHERE "DiagnosisId" = ANY(ids);
          INSERT INTO "DiagnosisSearch"("DiagnosisId", "Document")
          SELECT d."Id",
                 setweight(cptgraph_search_words(d."Value" || ' ' || replace(d."Value", '.', '')), 'A')
              || setweight(cptgraph_search_words(d."Description"), 'B')
          FROM "Diagnoses" d WHERE d."Id" = ANY(ids);
        $$;

        CREATE OR REPLACE FUNCTION cptgraph_diagnosis_search_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM cptgraph_diagnosis_search_refresh(ARRAY[NEW."Id"]);
          RETURN NULL;
        END $$;

        CREATE OR REPLACE TRIGGER "DiagnosisSearch_Diagnoses" AFTER INSERT OR UPDATE OF "Value", "Description" ON "Diagnoses"
          FOR EACH ROW EXECUTE FUNCTION cptgraph_diagnosis_search_on_change();

        -- Diagnoses stored before the index existed.
        SELECT cptgraph_diagnosis_search_refresh(ARRAY(SELECT d."Id" FROM "Diagnoses" d WHERE NOT EXISTS (SELECT 1 FROM "DiagnosisSearch" s WHERE s."DiagnosisId" = d."Id")));
        """;
}
