using CptGraph.Domain.Codes;
using CptGraph.Domain.Ingestion;
using CptGraph.Domain.Reference;
using CptGraph.Server.Provenance;
using CptGraph.GraphQL.Querying;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.Server.Schema;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Codes;

/// <summary>
/// <c>relatedCodes</c>: the curated content's relations (filtered and ordered in SQL), then the code's active official
/// NCCI edits in both directions, each turned into a relation whose text says what the edit is and whose source names the
/// file (filtered and ordered the same way, in memory: a code has at most a few thousand edits).
/// </summary>
public static class RelatedCodeLists
{
    public static IDataLoaderResult<IReadOnlyList<CodeRelation>> Load(IServiceProvider services, Code code, QueryArgumentValues arguments, IReadOnlySet<RelatedCodeKind> kinds)
    {
        var curated = kinds.Contains(RelatedCodeKind.Curated)
            ? CodeLists.RelatedCodes.Load(services, "Code.relatedCodes", code.Id, arguments)
            : DataLoaderResult.Of<IReadOnlyList<CodeRelation>>([]);
        var official = services.GetRequiredService<RequestDataLoaders>()
            .Get<int, IReadOnlyList<CodeRelation>>("Code.relatedCodes.official", (ids, cancellationToken) => OfficialAsync(services, ids, cancellationToken), [])
            .Load(code.Id);
        var engine = services.GetRequiredService<QueryEngine>();
        return DataLoaderResult.Combine(curated, official, (content, edits) =>
        {
            var wanted = engine.Apply(edits.Where(r => kinds.Contains(r.Kind)).AsQueryable(), r => r, arguments, appendKey: false);
            return (IReadOnlyList<CodeRelation>)[.. content, .. wanted];
        });
    }

    private static async Task<IReadOnlyDictionary<int, IReadOnlyList<CodeRelation>>> OfficialAsync(IServiceProvider services, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var lease = await services.LeaseDbAsync(cancellationToken);
        var db = lease.Db;
        var edges = await db.CodeEdges.AsNoTracking()
            .Where(e => e.RelatedCodeId != null && (ids.Contains(e.CodeId) || ids.Contains(e.RelatedCodeId!.Value)))
            .Where(e => e.DeletedOn == null || e.DeletedOn >= today)
            .OrderBy(e => e.Kind).ThenBy(e => e.RelatedCodeValue).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);

        // The codes on either end, each read once: with Include every edge materialised both of its (wide) code rows,
        // the page's own code once per edge (a third of the code page's allocations, 2026-12-03-api-connections.md).
        var codeIds = edges.Select(e => e.CodeId).Concat(edges.Select(e => e.RelatedCodeId!.Value)).Distinct().ToList();
        var codes = codeIds.Count == 0 ? new Dictionary<int, Code>() : await db.Codes.AsNoTracking().Where(c => codeIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var runIds = edges.Select(e => e.IngestRunId).Distinct().ToList();
        var runs = runIds.Count == 0 ? new Dictionary<int, IngestRun>() : await db.IngestRuns.AsNoTracking().Where(r => runIds.Contains(r.Id))
                // Only what SourceText names: a run row also carries its counts, options and error text.
                .Select(r => new IngestRun { Id = r.Id, Kind = r.Kind, Release = r.Release, Source = r.Source, Sha256 = r.Sha256 })
                .ToDictionaryAsync(r => r.Id, cancellationToken);
        var byCode = ids.ToDictionary(id => id, _ => new List<CodeRelation>());
        foreach (var edge in edges)
        {
            var source = SourceText(runs.GetValueOrDefault(edge.IngestRunId));
            var (code, related) = (codes[edge.CodeId], codes[edge.RelatedCodeId!.Value]);
            if (byCode.TryGetValue(edge.CodeId, out var forward))
            {
                forward.Add(Relation(edge, code, related, edge.Kind == CodeEdgeKind.AddOnPrimary ? RelatedCodeKind.AddOnPrimary : RelatedCodeKind.PtpColumn1, source));
            }

            if (byCode.TryGetValue(edge.RelatedCodeId!.Value, out var reverse))
            {
                reverse.Add(Relation(edge, related, code, edge.Kind == CodeEdgeKind.AddOnPrimary ? RelatedCodeKind.AddOnCode : RelatedCodeKind.PtpColumn2, source));
            }
        }

        return byCode.ToDictionary(p => p.Key, p => (IReadOnlyList<CodeRelation>)p.Value);
    }

    private static CodeRelation Relation(CodeEdge edge, Code code, Code related, RelatedCodeKind kind, string source) => new()
    {
        CodeId = code.Id,
        Code = code,
        RelatedCodeId = related.Id,
        RelatedCode = related,
        Relationship = Describe(edge, kind),
        Source = source,
        Kind = kind,
        Edit = edge,
    };

    /// <summary>What the edit means, in words, with its dates and note.</summary>
    public static string Describe(CodeEdge edge, RelatedCodeKind kind)
    {
        var since = $"effective {edge.EffectiveOn:yyyy-MM-dd}{(edge.DeletedOn is { } d ? $", deleted {d:yyyy-MM-dd}" : "")}";
        var text = kind switch
        {
            RelatedCodeKind.AddOnPrimary => $"Primary code of this add-on code (NCCI add-on code edit type {edge.EditType}, {since})",
            RelatedCodeKind.AddOnCode => $"Add-on code reported with this primary code (NCCI add-on code edit type {edge.EditType}, {since})",
            RelatedCodeKind.PtpColumn1 => $"Column 2 code of an NCCI PTP edit with this code as column 1: not paid with it{Bypass(edge)} ({since})",
            _ => $"Column 1 code of an NCCI PTP edit with this code as column 2: this code is not paid with it{Bypass(edge)} ({since})",
        };
        return edge.Note is { Length: > 0 } note ? $"{text}; {note}" : text;
    }

    private static string Bypass(CodeEdge edge) => edge.ModifierIndicator switch
    {
        "1" => " unless an NCCI-associated modifier (59, XE, XS, XP, XU) applies (modifier indicator 1)",
        "0" => ", whatever the modifier (modifier indicator 0)",
        _ => " (modifier indicator 9: not applicable)",
    };

    /// <summary>"NCCI_ADD_ON 2026Q2: AOC_V2026Q2-MCR.xlsx (sha256 870a84912f91)".</summary>
    public static string SourceText(IngestRun? run) => run is null
        ? "official import"
        : $"{run.Kind} {run.Release}: {Path.GetFileName(run.Source)} (sha256 {run.Sha256[..Math.Min(ProvenanceType.Sha256PrefixLength, run.Sha256.Length)]})";
}
