using CptGraph.Domain.Ingestion;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.Server.Schema;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Provenance;

/// <summary>Import runs by id, every run a request's rows name in one query, and the <c>source</c> field that serves them.</summary>
public static class ProvenanceLoader
{
    public static IDataLoaderResult<IngestRun?> Load(IServiceProvider services, int id) =>
        services.GetRequiredService<RequestDataLoaders>().Get<int, IngestRun?>(nameof(ProvenanceLoader), async (ids, cancellationToken) =>
        {
            await using var lease = await services.LeaseDbAsync(cancellationToken);
            var db = lease.Db;
            return await db.IngestRuns.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => (IngestRun?)r, cancellationToken);
        }, null).Load(id);

    /// <summary>Adds <c>source: Provenance</c>, null for rows no import wrote (curated content only).</summary>
    public static FieldBuilder<T, object> AddProvenance<T>(this ObjectGraphType<T> type, Func<T, int?> runId, string description) =>
        type.Field<ProvenanceType>("source")
            .Description(description)
            .Resolve(c => runId(c.Source) is { } id ? Load(c.RequestServices!, id) : null);
}
