using CptGraph.Data;
using CptGraph.Server.Diagnoses;
using CptGraph.Server.Modifiers;
using CptGraph.Server.Schema;
using CptGraph.Server.Taxonomies;

namespace CptGraph.Server.Nodes;

/// <summary>Loads an object from its decoded global id; one entry per Node type (every Node type must resolve).</summary>
public static class NodeResolver
{
    private static readonly Dictionary<string, Func<CptGraphDbContext, string, CancellationToken, Task<object?>>> Loaders = new(StringComparer.Ordinal)
    {
        ["Code"] = EntityLookups.CodeAsync,
        ["Payer"] = EntityLookups.PayerAsync,
        ["Modifier"] = ModifierReference.Entity.FindAsync,
        ["Diagnosis"] = DiagnosisReference.Entity.FindAsync,
        ["Taxonomy"] = TaxonomyReference.Entity.FindAsync,
        ["IngestRun"] = EntityLookups.IngestRunAsync,
    };

    public static IReadOnlyCollection<string> TypeNames => Loaders.Keys;

    /// <summary>The object, or null when the id is well-formed but names nothing.</summary>
    public static Task<object?> LoadAsync(CptGraphDbContext db, string typeName, string key, CancellationToken cancellationToken) =>
        Loaders.TryGetValue(typeName, out var load) ? load(db, key, cancellationToken) : Task.FromResult<object?>(null);
}
