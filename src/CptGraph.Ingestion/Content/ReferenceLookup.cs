using CptGraph.Data;
using CptGraph.Domain.Codes;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Ingestion.Content;

/// <summary>Finds or creates reference rows by their natural key, remembering what it added this unit of work.</summary>
internal sealed class ReferenceLookup(CptGraphDbContext db)
{
    private readonly Dictionary<string, Code> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Modifier> _modifiers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Taxonomy> _taxonomies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Diagnosis> _diagnoses = new(StringComparer.Ordinal);

    public async Task<Code> CodeAsync(string value, CancellationToken cancellationToken) =>
        await FindOrAddAsync(_codes, value, db.Codes.FirstOrDefaultAsync(c => c.Value == value, cancellationToken),
            () => db.Codes.Add(new Code { Value = value }).Entity);

    public async Task<Modifier> ModifierAsync(string value, string name, CancellationToken cancellationToken)
    {
        var modifier = await FindOrAddAsync(_modifiers, value, db.Modifiers.FirstOrDefaultAsync(m => m.Value == value, cancellationToken),
            () => db.Modifiers.Add(new Modifier { Value = value, Name = name }).Entity);
        modifier.Name = name;
        return modifier;
    }

    public async Task<Taxonomy> TaxonomyAsync(string value, string specialty, CancellationToken cancellationToken)
    {
        var taxonomy = await FindOrAddAsync(_taxonomies, value, db.Taxonomies.FirstOrDefaultAsync(t => t.Value == value, cancellationToken),
            () => db.Taxonomies.Add(new Taxonomy { Value = value, Specialty = specialty }).Entity);
        taxonomy.Specialty = specialty;
        return taxonomy;
    }

    public async Task<Diagnosis> DiagnosisAsync(string value, string description, CancellationToken cancellationToken)
    {
        var diagnosis = await FindOrAddAsync(_diagnoses, value, db.Diagnoses.FirstOrDefaultAsync(d => d.Value == value, cancellationToken),
            () => db.Diagnoses.Add(new Diagnosis { Value = value, Description = description }).Entity);
        diagnosis.Description = description;
        return diagnosis;
    }

    private static async Task<T> FindOrAddAsync<T>(Dictionary<string, T> seen, string key, Task<T?> find, Func<T> add)
        where T : class
    {
        if (seen.TryGetValue(key, out var known))
        {
            return known;
        }

        var entity = await find ?? add();
        seen[key] = entity;
        return entity;
    }
}
