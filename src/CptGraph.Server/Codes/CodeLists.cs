using CptGraph.Data;
using CptGraph.Domain.Codes;
using CptGraph.Domain.Rates;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.GraphQL.Querying.Sorting;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Codes;

/// <summary>
/// How a code's nested lists are read (batched per request through data loaders). The link rows of a code's own lists
/// do not load the code they hang off (the page already has it, and a code row is the widest in the model): a link's
/// <c>code</c> field reads it through <see cref="CodeByIdDataLoader"/> when asked.
/// </summary>
public static class CodeLists
{
    public static readonly ChildList<CptGraphDbContext, CodeModifier, CodeModifier> Modifiers = new(
        db => db.CodeModifiers.Include(l => l.Modifier), l => l.CodeId, l => l, DefaultOrder<CodeModifier>.By(l => l.Modifier.Value));

    public static readonly ChildList<CptGraphDbContext, CodeTaxonomy, Taxonomy> Taxonomies = new(
        db => db.CodeTaxonomies.Include(l => l.Taxonomy), l => l.CodeId, l => l.Taxonomy, DefaultOrder<Taxonomy>.By(t => t.Value));

    public static readonly ChildList<CptGraphDbContext, CodeDiagnosis, CodeDiagnosis> Diagnoses = new(
        db => db.CodeDiagnoses.Include(l => l.Diagnosis), l => l.CodeId, l => l);

    public static readonly ChildList<CptGraphDbContext, CodeRelation, CodeRelation> RelatedCodes = new(
        db => db.CodeRelations.Include(r => r.RelatedCode), r => r.CodeId, r => r);

    public static readonly ChildList<CptGraphDbContext, MedicareFee, MedicareFee> MedicareFees = new(
        db => db.MedicareFees, f => f.CodeId, f => f, DefaultOrder<MedicareFee>.ByDescending(f => f.Year).ThenBy(f => f.Modifier));
}
