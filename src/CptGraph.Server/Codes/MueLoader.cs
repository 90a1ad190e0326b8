using CptGraph.Domain.Reference;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.Server.Schema;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Codes;

/// <summary>Each code's MUE, every code of a request in one query.</summary>
public static class MueLoader
{
    public static IDataLoaderResult<MedicallyUnlikelyEdit?> Load(IServiceProvider services, int codeId) =>
        services.GetRequiredService<RequestDataLoaders>().Get<int, MedicallyUnlikelyEdit?>(nameof(MueLoader), async (ids, cancellationToken) =>
        {
            await using var lease = await services.LeaseDbAsync(cancellationToken);
            var db = lease.Db;
            return await db.MedicallyUnlikelyEdits.AsNoTracking().Where(m => ids.Contains(m.CodeId))
                .ToDictionaryAsync(m => m.CodeId, m => (MedicallyUnlikelyEdit?)m, cancellationToken);
        }, null).Load(codeId);
}
