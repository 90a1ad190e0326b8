using CptGraph.Data;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Nodes;

/// <summary>Loads an object from its decoded global id; one entry per Node type (every Node type must resolve).</summary>
public static class NodeResolver
{
    private static readonly Dictionary<string, Func<CptGraphDbContext, string, CancellationToken, Task<object?>>> Loaders = new(StringComparer.Ordinal)
    {
        ["Code"] = async (db, key, ct) => await db.Codes.FirstOrDefaultAsync(c => c.Value == key, ct),
        ["Payer"] = async (db, key, ct) => int.TryParse(key, out var id) ? await db.Payers.Include(p => p.Aliases).FirstOrDefaultAsync(p => p.Id == id, ct) : null,
        ["Modifier"] = async (db, key, ct) => await db.Modifiers.FirstOrDefaultAsync(m => m.Value == key, ct),
        ["Diagnosis"] = async (db, key, ct) => await db.Diagnoses.FirstOrDefaultAsync(d => d.Value == key, ct),
        ["Taxonomy"] = async (db, key, ct) => await db.Taxonomies.FirstOrDefaultAsync(t => t.Value == key, ct),
        ["IngestRun"] = async (db, key, ct) => int.TryParse(key, out var id) ? await db.IngestRuns.FirstOrDefaultAsync(r => r.Id == id, ct) : null,
    };

    public static IReadOnlyCollection<string> TypeNames => Loaders.Keys;

    /// <summary>The object, or null when the id is well-formed but names nothing.</summary>
    public static Task<object?> LoadAsync(CptGraphDbContext db, string typeName, string key, CancellationToken cancellationToken) =>
        Loaders.TryGetValue(typeName, out var load) ? load(db, key, cancellationToken) : Task.FromResult<object?>(null);
}
