using Microsoft.EntityFrameworkCore;

namespace CptGraph.Data.Search;

/// <summary>
/// Reads one full-text index (codes, diagnoses), written once for both stores beside the DDL that creates it: ids of the
/// matches, best first, ties by id, and their count. SQLite: the FTS5 table ordered by <c>bm25</c>. PostgreSQL: the
/// weighted <c>tsvector</c> table ordered by <c>ts_rank</c> with the same order of weights; the two rank functions
/// differ, so rows that match equally well may come in another order (the set and the count are the same).
/// The statements are built once from constants (table names and weights); the search text is always a parameter.
/// </summary>
public sealed class FullTextIndex
{
    private readonly string _sqliteCount;
    private readonly string _sqliteIds;
    private readonly string _postgresCount;
    private readonly string _postgresIds;

    public FullTextIndex(string sqliteTable, string bm25Weights, string postgresTable, string postgresKey, string tsRankWeights)
    {
        var sqliteMatch = $"FROM {sqliteTable} WHERE {sqliteTable} MATCH {{0}}";
        _sqliteCount = $"SELECT count(*) AS Value {sqliteMatch}";
        _sqliteIds = $"SELECT rowid AS Value {sqliteMatch} ORDER BY bm25({sqliteTable}, {bm25Weights}), rowid LIMIT {{1}} OFFSET {{2}}";
        var postgresMatch = $$"""FROM "{{postgresTable}}" WHERE "Document" @@ to_tsquery('simple', {0})""";
        _postgresCount = $"""SELECT count(*)::int AS "Value" {postgresMatch}""";
        _postgresIds = $$"""
            SELECT "{{postgresKey}}" AS "Value" {{postgresMatch}}
            ORDER BY ts_rank(ARRAY[{{tsRankWeights}}]::real[], "Document", to_tsquery('simple', {0})) DESC, "{{postgresKey}}" LIMIT {1} OFFSET {2}
            """;
    }

    /// <summary>How many rows match all of <paramref name="words"/> (the last as a prefix).</summary>
    public Task<int> CountAsync(CptGraphDbContext db, IReadOnlyList<string> words, CancellationToken cancellationToken) => db.Database.IsNpgsql()
        ? db.Database.SqlQueryRaw<int>(_postgresCount, FullTextQuery.TsQuery(words)).SingleAsync(cancellationToken)
        : db.Database.SqlQueryRaw<int>(_sqliteCount, FullTextQuery.Fts5(words)).SingleAsync(cancellationToken);

    /// <summary>The ids of one page of matches, best first, ties by id.</summary>
    public Task<List<int>> IdsAsync(CptGraphDbContext db, IReadOnlyList<string> words, int skip, int take, CancellationToken cancellationToken) => db.Database.IsNpgsql()
        ? db.Database.SqlQueryRaw<int>(_postgresIds, FullTextQuery.TsQuery(words), take, skip).ToListAsync(cancellationToken)
        : db.Database.SqlQueryRaw<int>(_sqliteIds, FullTextQuery.Fts5(words), take, skip).ToListAsync(cancellationToken);
}
