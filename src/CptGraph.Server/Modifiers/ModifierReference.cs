using CptGraph.Data;
using CptGraph.Domain.Codes;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.GraphQL.Querying.Sorting;
using CptGraph.Server.ReferenceEntities;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Modifiers;

/// <summary>CPT/HCPCS modifiers as a reference code set: <c>modifier(code:)</c>, <c>modifiers</c> and the <c>Modifier</c> type.</summary>
public static class ModifierReference
{
    public static readonly ReferenceEntity<Modifier> Entity = new()
    {
        TypeName = "Modifier",
        Description = "A CPT/HCPCS billing modifier.",
        IsNode = true,
        CodeDescription = "The modifier, e.g. \"59\".",
        LookupField = "modifier",
        LookupDescription = "One modifier by its code, e.g. modifier(code: \"59\"); null when unknown.",
        ListField = "modifiers",
        ListDescription = "The known modifiers, filtered, ordered (by code unless ordered) and paged.",
        Rows = db => db.Modifiers,
        Fields =
        [
            ReferenceField<Modifier>.Text("name", m => m.Name, "The modifier's name, e.g. \"Distinct Procedural Service\"."),
            ReferenceField<Modifier>.Text("longDescription", m => m.LongDescription,
                "The official long descriptor (HCPCS Level II modifiers).", nullable: true),
            ReferenceField<Modifier>.Date("addedDate", nameof(Modifier.AddedOn), m => m.AddedOn, "HCPCS: when the modifier was added."),
            ReferenceField<Modifier>.Date("terminationDate", nameof(Modifier.TerminatedOn), m => m.TerminatedOn,
                "HCPCS: when the modifier was terminated; null while active."),
        ],
        SourceDescription = "The HCPCS file this modifier was imported from; null for curated-only modifiers.",
        Codes = ReferenceCodes<Modifier>.Of("modifierCodes", "CodeModifier",
            "The codes this modifier is commonly reported with, and the usage guidance for each (by code unless ordered).",
            new ChildList<CptGraphDbContext, CodeModifier, CodeModifier>(db => db.CodeModifiers.Include(l => l.Code).Include(l => l.Modifier),
                l => l.ModifierId, l => l, DefaultOrder<CodeModifier>.By(l => l.Code.Value)),
            m => m.Codes),
    };
}
