using CptGraph.Domain.Reference;

namespace CptGraph.Ingestion.Reference;

/// <summary>Writes official code edges keyed by kind, code, related code and effective date (see the CodeEdges index).</summary>
public sealed class CodeEdgeWriter(ReferenceImportContext context, CodeEdgeKind kind) : IDisposable
{
    private readonly ReferenceUpsert _upsert = new(context, "CodeEdges", ["Kind", "CodeId", "RelatedCodeValue", "EffectiveOn"],
        ["Kind", "CodeId", "RelatedCodeValue", "EffectiveOn", "RelatedCodeId", "EditType", "ModifierIndicator", "DeletedOn", "Note", "IngestRunId"]);

    /// <param name="code">The add-on or column 1 code.</param>
    /// <param name="related">The primary or column 2 code as written; <paramref name="relatedIsCode"/> false for a placeholder such as <c>CCCCC</c>.</param>
    public void Write(string code, string related, bool relatedIsCode, DateOnly effective, int? editType, string? modifierIndicator, DateOnly? deleted, string? note) =>
        _upsert.Write(kind.ToString(), context.Codes.IdOf(code), related, effective, relatedIsCode ? context.Codes.IdOf(related) : null,
            editType, modifierIndicator, deleted, note, context.Run.Id);

    public void Dispose() => _upsert.Dispose();
}
