using CptGraph.Data;
using CptGraph.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.ReferenceEntities;

/// <summary>
/// Everything that differs between two reference code sets (a diagnosis and a modifier, say): names, descriptions, the
/// set's own columns and its edge back to the procedure codes. One generic type, query model and pair of root fields
/// (<see cref="ReferenceEntityType{T}"/>, <see cref="ReferenceEntityQueryModel{T}"/>, <see cref="ReferenceEntityQueries{T}"/>)
/// are built from it, so a new code set is one descriptor and one registration, not five files.
/// </summary>
public sealed class ReferenceEntity<T>
    where T : class, IReferenceEntity
{
    /// <summary>The GraphQL type name, e.g. <c>Diagnosis</c>.</summary>
    public required string TypeName { get; init; }

    public required string Description { get; init; }

    /// <summary>The description of the <c>code</c> field, e.g. "The ICD-10-CM code, e.g. \"R50.9\".".</summary>
    public required string CodeDescription { get; init; }

    /// <summary>The root lookup field, e.g. <c>diagnosis(code:)</c>.</summary>
    public required string LookupField { get; init; }

    public required string LookupDescription { get; init; }

    /// <summary>The lookup's <c>code</c> argument; the <c>code</c> field's description unless it needs another example.</summary>
    public string? LookupArgumentDescription { get; init; }

    /// <summary>The root connection, e.g. <c>diagnoses</c>.</summary>
    public required string ListField { get; init; }

    public required string ListDescription { get; init; }

    public required Func<CptGraphDbContext, IQueryable<T>> Rows { get; init; }

    /// <summary>The description of the <c>source</c> (provenance) field.</summary>
    public required string SourceDescription { get; init; }

    /// <summary>Whether the type is a Relay <c>Node</c> (global id, <c>node(id:)</c>).</summary>
    public bool IsNode { get; init; }

    /// <summary>The set's own columns, in the order they print after <c>code</c>.</summary>
    public IReadOnlyList<ReferenceField<T>> Fields { get; init; } = [];

    /// <summary>The edge to the procedure codes the entity is linked to; null for a set no code links to.</summary>
    public ReferenceCodes<T>? Codes { get; init; }

    /// <summary>One entity by its already normalised code; null when unknown.</summary>
    public async Task<object?> FindAsync(CptGraphDbContext db, string code, CancellationToken cancellationToken) =>
        await Rows(db).FirstOrDefaultAsync(e => e.Value == code, cancellationToken);
}
