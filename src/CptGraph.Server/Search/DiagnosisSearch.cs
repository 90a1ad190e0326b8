using CptGraph.Data;
using CptGraph.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Search;

/// <summary>Reads the diagnoses' FTS5 index: ids of matching diagnoses, best first by bm25 (a match in the code counts most).</summary>
public static class DiagnosisSearch
{
    private const string Rank = $"bm25({DiagnosisSearchSql.Table}, 10.0, 1.0)";

    public static Task<int> CountAsync(CptGraphDbContext db, string match, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<int>($"SELECT count(*) AS Value FROM {DiagnosisSearchSql.Table} WHERE {DiagnosisSearchSql.Table} MATCH {{0}}", match)
            .SingleAsync(cancellationToken);

    public static Task<List<int>> IdsAsync(CptGraphDbContext db, string match, int skip, int take, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<int>(
                $"SELECT rowid AS Value FROM {DiagnosisSearchSql.Table} WHERE {DiagnosisSearchSql.Table} MATCH {{0}} ORDER BY {Rank}, rowid LIMIT {{1}} OFFSET {{2}}",
                match, take, skip)
            .ToListAsync(cancellationToken);
}
