using CptGraph.Data;
using CptGraph.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Search;

/// <summary>
/// Reads the diagnoses' full-text index: ids of matching diagnoses, best first, ties by id. SQLite: FTS5 ordered by bm25
/// (a match in the code counts most). PostgreSQL: the weighted tsvector of <see cref="PostgresDiagnosisSearchSql"/> ordered
/// by <c>ts_rank</c> with the code weighted above the description; equally good matches may come in another order.
/// </summary>
public static class DiagnosisSearch
{
    private const string Rank = $"bm25({DiagnosisSearchSql.Table}, 10.0, 1.0)";

    // ts_rank's weights are listed {D, C, B, A}: only B (description) and A (code) are used, as bm25's 1 and 10.
    private const string PostgresMatch = $$"""FROM "{{PostgresDiagnosisSearchSql.Table}}" WHERE "Document" @@ to_tsquery('simple', {0})""";
    private const string PostgresCount = $$"""SELECT count(*)::int AS "Value" {{PostgresMatch}}""";
    private const string PostgresIds = $$"""
        SELECT "DiagnosisId" AS "Value" {{PostgresMatch}}
        ORDER BY ts_rank(ARRAY[0.1, 0.1, 0.1, 1.0]::real[], "Document", to_tsquery('simple', {0})) DESC, "DiagnosisId" LIMIT {1} OFFSET {2}
        """;

    public static Task<int> CountAsync(CptGraphDbContext db, IReadOnlyList<string> words, CancellationToken cancellationToken) => db.Database.IsNpgsql()
        ? db.Database.SqlQueryRaw<int>(PostgresCount, FtsQuery.TsQuery(words))
            .SingleAsync(cancellationToken)
        : db.Database.SqlQueryRaw<int>($"SELECT count(*) AS Value FROM {DiagnosisSearchSql.Table} WHERE {DiagnosisSearchSql.Table} MATCH {{0}}", FtsQuery.Fts5(words))
            .SingleAsync(cancellationToken);

    public static Task<List<int>> IdsAsync(CptGraphDbContext db, IReadOnlyList<string> words, int skip, int take, CancellationToken cancellationToken) => db.Database.IsNpgsql()
        ? db.Database.SqlQueryRaw<int>(PostgresIds, FtsQuery.TsQuery(words), take, skip)
            .ToListAsync(cancellationToken)
        : db.Database.SqlQueryRaw<int>(
                $"SELECT rowid AS Value FROM {DiagnosisSearchSql.Table} WHERE {DiagnosisSearchSql.Table} MATCH {{0}} ORDER BY {Rank}, rowid LIMIT {{1}} OFFSET {{2}}",
                FtsQuery.Fts5(words), take, skip)
            .ToListAsync(cancellationToken);
}
