using CptGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Schema;

/// <summary>
/// Finding an entity by its natural key, shared by the <c>code(code:)</c>-style root fields and <c>node(id:)</c>,
/// so both answer the same question the same way. Keys are compared as stored (upper-case codes).
/// </summary>
public static class EntityLookups
{
    // Every code page starts here: compiled, it skips EF Core's per-query expression work.
    private static readonly CompiledPerStore<Func<CptGraphDbContext, string, CancellationToken, Task<Domain.Codes.Code?>>> CodeByValue =
        new(() => EF.CompileAsyncQuery((CptGraphDbContext db, string value, CancellationToken cancellationToken) => db.Codes.FirstOrDefault(c => c.Value == value)));

    public static async Task<object?> CodeAsync(CptGraphDbContext db, string value, CancellationToken cancellationToken) =>
        await CodeByValue.For(db)(db, value, cancellationToken);

    public static async Task<object?> PayerAsync(CptGraphDbContext db, string id, CancellationToken cancellationToken) =>
        int.TryParse(id, out var key) ? await db.Payers.FirstOrDefaultAsync(p => p.Id == key, cancellationToken) : null;

    public static async Task<object?> IngestRunAsync(CptGraphDbContext db, string id, CancellationToken cancellationToken) =>
        int.TryParse(id, out var key) ? await db.IngestRuns.FirstOrDefaultAsync(r => r.Id == key, cancellationToken) : null;

    /// <summary>How a code typed by a client is matched: trimmed and upper-cased, as codes are stored.</summary>
    public static string NormaliseCode(string value) => value.Trim().ToUpperInvariant();
}
