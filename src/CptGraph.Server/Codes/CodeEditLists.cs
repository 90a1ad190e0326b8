using CptGraph.Data;
using CptGraph.Domain.Reference;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.GraphQL.Querying.Sorting;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Codes;

/// <summary>A code's official edits in each direction, filtered, ordered (by the other code, then effective date) and batched in SQL.</summary>
public static class CodeEditLists
{
    /// <summary>The primary codes of an add-on code.</summary>
    public static readonly ChildList<CptGraphDbContext, CodeEdge, CodeEdge> PrimaryCodes = new(
        db => Edges(db, CodeEdgeKind.AddOnPrimary), e => e.CodeId, e => e, DefaultOrder<CodeEdge>.By(e => e.RelatedCodeValue).ThenBy(e => e.EffectiveOn), AppendKey: true);

    /// <summary>The add-on codes of a primary code.</summary>
    public static readonly ChildList<CptGraphDbContext, CodeEdge, CodeEdge> AddOnCodes = new(
        db => Edges(db, CodeEdgeKind.AddOnPrimary).Where(e => e.RelatedCodeId != null), e => e.RelatedCodeId!.Value, e => e,
        DefaultOrder<CodeEdge>.By(e => e.Code.Value).ThenBy(e => e.EffectiveOn), AppendKey: true);

    /// <summary>PTP edits where the code is column 1.</summary>
    public static readonly ChildList<CptGraphDbContext, CodeEdge, CodeEdge> PtpAsColumn1 = new(
        db => Edges(db, CodeEdgeKind.PtpColumn1), e => e.CodeId, e => e, DefaultOrder<CodeEdge>.By(e => e.RelatedCodeValue).ThenBy(e => e.EffectiveOn), AppendKey: true);

    /// <summary>PTP edits where the code is column 2.</summary>
    public static readonly ChildList<CptGraphDbContext, CodeEdge, CodeEdge> PtpAsColumn2 = new(
        db => Edges(db, CodeEdgeKind.PtpColumn1).Where(e => e.RelatedCodeId != null), e => e.RelatedCodeId!.Value, e => e,
        DefaultOrder<CodeEdge>.By(e => e.Code.Value).ThenBy(e => e.EffectiveOn), AppendKey: true);

    // The edges alone: their code and relatedCode fields load through CodeByIdDataLoader only when selected. Including both
    // codes read 56 columns and two joins per row that most pages (relatedCodeValue, dates) never show.
    private static IQueryable<CodeEdge> Edges(CptGraphDbContext db, CodeEdgeKind kind) =>
        db.CodeEdges.AsNoTracking().Where(e => e.Kind == kind);
}
