using CptGraph.Domain.Reference;
using CptGraph.Server.Provenance;
using GraphQL.Types;

namespace CptGraph.Server.Codes;

public sealed class CodeEditType : ObjectGraphType<CodeEdge>
{
    public CodeEditType()
    {
        Name = "CodeEdit";
        Description = "An official NCCI edit between two codes: an add-on code and its primary code, or a PTP column 1 / column 2 pair.";
        Field<NonNullGraphType<CodeEditKindEnum>>("kind").Description("ADD_ON_PRIMARY or PTP_COLUMN1.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<CodeType>>("code").Description("The add-on code (add-on edits) or the column 1 code (PTP edits).").Resolve(c => CodeByIdDataLoader.Resolve(c.RequestServices!, c.Source.Code, c.Source.CodeId));
        Field<CodeType>("relatedCode").Description("The primary code (add-on edits) or the column 2 code (PTP edits); null for a contractor-defined primary (CCCCC).")
            .Resolve(c => c.Source.RelatedCodeId is { } id ? CodeByIdDataLoader.Resolve(c.RequestServices!, c.Source.RelatedCode, id) : null);
        Field("relatedCodeValue", e => e.RelatedCodeValue).Description("The primary or column 2 code as the file writes it, e.g. \"96365\" or \"CCCCC\" (contractor-defined primaries).");
        Field(e => e.EditType, nullable: true).Description("Add-on edits: 1 the primaries are listed, 2 contractor-defined, 3 some listed and others contractor-defined.");
        Field(e => e.ModifierIndicator, nullable: true).Description("PTP edits: 0 a modifier never bypasses the edit, 1 a modifier (59, XE, XS, XP, XU, …) may, 9 not applicable.");
        Field<BooleanGraphType>("modifierAllowed")
            .Description("PTP edits: whether an NCCI-associated modifier (59 or XE/XS/XP/XU) can bypass the edit, from the modifier indicator (null for 9 and add-on edits).")
            .Resolve(c => c.Source.ModifierIndicator switch { "1" => true, "0" => false, _ => (bool?)null });
        Field<NonNullGraphType<DateOnlyGraphType>>("effectiveDate").Description("When the edit took effect.").Resolve(c => c.Source.EffectiveOn);
        Field<DateOnlyGraphType>("deletionDate").Description("When the edit (or its add-on or primary code) stopped applying; null while active.").Resolve(c => c.Source.DeletedOn);
        Field<NonNullGraphType<BooleanGraphType>>("active").Description("True when the edit has no deletion date or it is in the future.")
            .Resolve(c => c.Source.DeletedOn is not { } deleted || deleted >= DateOnly.FromDateTime(DateTime.UtcNow));
        Field(e => e.Note, nullable: true).Description("Add-on edits: the special instruction note (e.g. \"96360 (Practitioner Only)\"); PTP edits: the edit rationale.");
        this.AddProvenance(e => e.IngestRunId, "The NCCI file this edit came from.");
    }
}
