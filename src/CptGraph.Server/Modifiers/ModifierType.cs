using CptGraph.Data;
using CptGraph.Domain.Codes;
using CptGraph.Server.Nodes;
using CptGraph.GraphQL.Querying;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.GraphQL.Querying.Sorting;
using CptGraph.Server.Provenance;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Modifiers;

public sealed class ModifierType : ObjectGraphType<Modifier>
{
    private static readonly ChildList<CptGraphDbContext, CodeModifier, CodeModifier> Codes = new(
        db => db.CodeModifiers.Include(l => l.Code).Include(l => l.Modifier), l => l.ModifierId, l => l, DefaultOrder<CodeModifier>.By(l => l.Code.Value));

    public ModifierType(QueryGraphTypes types)
    {
        Name = "Modifier";
        Description = "A CPT/HCPCS billing modifier.";
        this.ImplementNode(m => m.Value);
        Field("code", m => m.Value).Description("The modifier, e.g. \"59\".");
        Field(m => m.Name).Description("The modifier's name, e.g. \"Distinct Procedural Service\".");
        Field(m => m.LongDescription, nullable: true).Description("The official long descriptor (HCPCS Level II modifiers).");
        Field<DateOnlyGraphType>("addedDate").Description("HCPCS: when the modifier was added.").Resolve(c => c.Source.AddedOn);
        Field<DateOnlyGraphType>("terminationDate").Description("HCPCS: when the modifier was terminated; null while active.").Resolve(c => c.Source.TerminatedOn);
        this.AddProvenance(m => m.IngestRunId, "The HCPCS file this modifier was imported from; null for curated-only modifiers.");
        this.AddChildConnection(types, "codes", "modifierCodes", "CodeModifier",
            "The codes this modifier is commonly reported with, and the usage guidance for each (by code unless ordered).", m => m.Id, Codes);
    }
}
