namespace CptGraph.Data.Search;

/// <summary>
/// PostgreSQL's counterpart of the FTS5 index (<see cref="CodeSearchSql"/>): a table with one weighted <c>tsvector</c> per
/// code (A: the code, B: description and title, C: diagnosis text, D: taxonomy text) behind a GIN index, kept in sync by
/// the same triggers inside the writing transaction. Text is cut into runs of letters and digits before
/// <c>to_tsvector('simple', …)</c>, as FTS5's unicode61 tokenizer does, so "Z79.899" is the two words z79 and 899 in both
/// stores. Applied after the migrations by <see cref="DatabaseMigrator"/>; every statement is idempotent.
/// </summary>
public static class PostgresCodeSearchSql
{
    public const string Table = "CodeSearch";

    /// <summary>One batch, so one implicit transaction: the advisory lock keeps two replicas migrating at once from racing.</summary>
    public const string Create = """
        SELECT pg_advisory_xact_lock(7212496375);
        CREATE TABLE IF NOT EXISTS "CodeSearch" (
          "CodeId" integer PRIMARY KEY REFERENCES "Codes"("Id") ON DELETE CASCADE,
          "Document" tsvector NOT NULL);
        CREATE INDEX IF NOT EXISTS "IX_CodeSearch_Document" ON "CodeSearch" USING GIN ("Document");

        CREATE OR REPLACE FUNCTION cptgraph_search_words(text) RETURNS tsvector LANGUAGE sql IMMUTABLE AS
          $$ SELECT to_tsvector('simple', regexp_replace(coalesce($1, ''), '[^[:alnum:]]+', ' ', 'g')) $$;

        CREATE OR REPLACE FUNCTION cptgraph_search_refresh(ids integer[]) RETURNS void LANGUAGE sql AS $$
          DELETE FROM "CodeSearch" WHERE "CodeId" = ANY(ids);
          INSERT INTO "CodeSearch"("CodeId", "Document")
          SELECT c."Id",
                 setweight(cptgraph_search_words(c."Value"), 'A')
              || setweight(cptgraph_search_words(coalesce(c."Description", '') || ' ' || coalesce(c."Title", '')), 'B')
              || setweight(cptgraph_search_words((SELECT string_agg(d."Value" || ' ' || d."Description", ' ') FROM "CodeDiagnoses" l JOIN "Diagnoses" d ON d."Id" = l."DiagnosisId" WHERE l."CodeId" = c."Id")), 'C')
              || setweight(cptgraph_search_words((SELECT string_agg(t."Value" || ' ' || t."Specialty", ' ') FROM "CodeTaxonomies" l JOIN "Taxonomies" t ON t."Id" = l."TaxonomyId" WHERE l."CodeId" = c."Id")), 'D')
          FROM "Codes" c WHERE c."Id" = ANY(ids);
        $$;

        CREATE OR REPLACE FUNCTION cptgraph_search_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE row_value record;
        BEGIN
          row_value := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
          IF TG_TABLE_NAME = 'Codes' THEN
            IF TG_OP <> 'DELETE' THEN PERFORM cptgraph_search_refresh(ARRAY[row_value."Id"]); END IF;
          ELSIF TG_TABLE_NAME IN ('CodeDiagnoses', 'CodeTaxonomies') THEN
            PERFORM cptgraph_search_refresh(ARRAY[row_value."CodeId"]);
          ELSIF TG_TABLE_NAME = 'Diagnoses' THEN
            PERFORM cptgraph_search_refresh(ARRAY(SELECT "CodeId" FROM "CodeDiagnoses" WHERE "DiagnosisId" = row_value."Id"));
          ELSIF TG_TABLE_NAME = 'Taxonomies' THEN
            PERFORM cptgraph_search_refresh(ARRAY(SELECT "CodeId" FROM "CodeTaxonomies" WHERE "TaxonomyId" = row_value."Id"));
          END IF;
          RETURN NULL;
        END $$;

        CREATE OR REPLACE TRIGGER "CodeSearch_Codes" AFTER INSERT OR UPDATE ON "Codes" FOR EACH ROW EXECUTE FUNCTION cptgraph_search_on_change();
        CREATE OR REPLACE TRIGGER "CodeSearch_CodeDiagnoses" AFTER INSERT OR DELETE ON "CodeDiagnoses" FOR EACH ROW EXECUTE FUNCTION cptgraph_search_on_change();
        CREATE OR REPLACE TRIGGER "CodeSearch_CodeTaxonomies" AFTER INSERT OR DELETE ON "CodeTaxonomies" FOR EACH ROW EXECUTE FUNCTION cptgraph_search_on_change();
        CREATE OR REPLACE TRIGGER "CodeSearch_Diagnoses" AFTER UPDATE ON "Diagnoses" FOR EACH ROW EXECUTE FUNCTION cptgraph_search_on_change();
        CREATE OR REPLACE TRIGGER "CodeSearch_Taxonomies" AFTER UPDATE ON "Taxonomies" FOR EACH ROW EXECUTE FUNCTION cptgraph_search_on_change();

        -- Codes stored before the index existed (a database migrated from an older version or by migrate-store).
        SELECT cptgraph_search_refresh(ARRAY(SELECT c."Id" FROM "Codes" c WHERE NOT EXISTS (SELECT 1 FROM "CodeSearch" s WHERE s."CodeId" = c."Id")));
        """;
}
