using CptGraph.Domain.Codes;

namespace CptGraph.Domain.Reference;

/// <summary>
/// An official, dated edge between two codes from a CMS table (NCCI add-on code edits, NCCI PTP edits). The related
/// code is kept as written (<see cref="RelatedCodeValue"/>), because an add-on edit of type 2 names no primary code
/// (<c>CCCCC</c>: contractor-defined) and so has no <see cref="RelatedCodeId"/>.
/// </summary>
public sealed class CodeEdge
{
    public int Id { get; set; }
    public CodeEdgeKind Kind { get; set; }

    /// <summary>The add-on code (add-on edits) or the column 1 code (PTP edits).</summary>
    public int CodeId { get; set; }
    public Code Code { get; set; } = null!;

    /// <summary>The primary code (add-on edits) or the column 2 code (PTP edits); null for a contractor-defined primary.</summary>
    public int? RelatedCodeId { get; set; }
    public Code? RelatedCode { get; set; }

    /// <summary>The related code as the file wrote it, e.g. <c>96365</c> or <c>CCCCC</c>.</summary>
    public required string RelatedCodeValue { get; set; }

    /// <summary>Add-on edits: the edit type 1, 2 or 3.</summary>
    public int? EditType { get; set; }

    /// <summary>PTP edits: the modifier indicator 0 (never allowed), 1 (allowed with a modifier such as 59 or XE/XS/XP/XU) or 9 (not applicable).</summary>
    public string? ModifierIndicator { get; set; }

    /// <summary>When the edit took effect; part of the edge's identity, since a pair can be deleted and later re-added.</summary>
    public DateOnly EffectiveOn { get; set; }

    /// <summary>When the edit stopped applying; null while it is active.</summary>
    public DateOnly? DeletedOn { get; set; }

    /// <summary>Add-on edits: the special instruction note; PTP edits: the edit rationale.</summary>
    public string? Note { get; set; }

    /// <summary>The import run that wrote this edge.</summary>
    public int IngestRunId { get; set; }
}
