using CptGraph.Data;
using CptGraph.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Search;

/// <summary>
/// Reads the full-text index: ids of matching codes, best first, ties by id. SQLite: FTS5 ordered by bm25 (a match in the
/// code counts most, then the description, then diagnosis and taxonomy text). PostgreSQL: the weighted tsvector of
/// <see cref="PostgresCodeSearchSql"/> ordered by <c>ts_rank</c> with the same order of weights; the two rank functions
/// differ, so codes that match equally well may come in another order (the set and the count are the same).
/// </summary>
public static class CodeSearch
{
    private const string Rank = $"bm25({CodeSearchSql.Table}, 10.0, 4.0, 1.0, 1.0)";

    // ts_rank's weights are listed {D, C, B, A}: taxonomy, diagnosis, description, code (as bm25's 1, 1, 4, 10).
    private const string PostgresMatch = $$"""FROM "{{PostgresCodeSearchSql.Table}}" WHERE "Document" @@ to_tsquery('simple', {0})""";
    private const string PostgresCount = $$"""SELECT count(*)::int AS "Value" {{PostgresMatch}}""";
    private const string PostgresIds = $$"""
        SELECT "CodeId" AS "Value" {{PostgresMatch}}
        ORDER BY ts_rank(ARRAY[0.1, 0.1, 0.4, 1.0]::real[], "Document", to_tsquery('simple', {0})) DESC, "CodeId" LIMIT {1} OFFSET {2}
        """;

    public static Task<int> CountAsync(CptGraphDbContext db, IReadOnlyList<string> words, CancellationToken cancellationToken) => db.Database.IsNpgsql()
        ? db.Database.SqlQueryRaw<int>(PostgresCount, FtsQuery.TsQuery(words))
            .SingleAsync(cancellationToken)
        : db.Database.SqlQueryRaw<int>($"SELECT count(*) AS Value FROM {CodeSearchSql.Table} WHERE {CodeSearchSql.Table} MATCH {{0}}", FtsQuery.Fts5(words))
            .SingleAsync(cancellationToken);

    public static Task<List<int>> IdsAsync(CptGraphDbContext db, IReadOnlyList<string> words, int skip, int take, CancellationToken cancellationToken) => db.Database.IsNpgsql()
        ? db.Database.SqlQueryRaw<int>(
                PostgresIds,
                FtsQuery.TsQuery(words), take, skip)
            .ToListAsync(cancellationToken)
        : db.Database.SqlQueryRaw<int>(
                $"SELECT rowid AS Value FROM {CodeSearchSql.Table} WHERE {CodeSearchSql.Table} MATCH {{0}} ORDER BY {Rank}, rowid LIMIT {{1}} OFFSET {{2}}",
                FtsQuery.Fts5(words), take, skip)
            .ToListAsync(cancellationToken);
}
