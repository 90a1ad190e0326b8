using CptGraph.Domain.Reference;
using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.Server.Codes;

public sealed class CodeEditQueryModel : QueryModel<CodeEdge>
{
    public CodeEditQueryModel()
        : base("CodeEdit", e => e.Id)
    {
        Enum("kind", e => e.Kind, "CodeEditKind");
        Object("code", e => e.Code);
        Object("relatedCode", e => e.RelatedCode);
        Scalar("relatedCodeValue", e => e.RelatedCodeValue);
        Scalar("editType", e => e.EditType);
        Scalar("modifierIndicator", e => e.ModifierIndicator);
        Scalar("note", e => e.Note);
        AlwaysReads(nameof(CodeEdge.Id), nameof(CodeEdge.Kind), nameof(CodeEdge.EffectiveOn), nameof(CodeEdge.DeletedOn), nameof(CodeEdge.IngestRunId));
    }
}
