using CptGraph.Data;
using CptGraph.Domain.Reference;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.Server.Schema;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Codes;

/// <summary>Each code's MUE, every code of a request in one query.</summary>
public static class MueLoader
{
    private static readonly CompiledPerStore<Func<CptGraphDbContext, List<int>, IAsyncEnumerable<MedicallyUnlikelyEdit>>> ByCode =
        new(() => EF.CompileAsyncQuery((CptGraphDbContext db, List<int> ids) => db.MedicallyUnlikelyEdits.Where(m => ids.Contains(m.CodeId))));

    public static IDataLoaderResult<MedicallyUnlikelyEdit?> Load(IServiceProvider services, int codeId) =>
        services.GetRequiredService<RequestDataLoaders>().Get<int, MedicallyUnlikelyEdit?>(nameof(MueLoader), async (ids, cancellationToken) =>
        {
            await using var lease = await services.LeaseDbAsync(cancellationToken);
            var db = lease.Db;
            var byCode = new Dictionary<int, MedicallyUnlikelyEdit?>();
            await foreach (var mue in ByCode.For(db)(db, [.. ids]).WithCancellation(cancellationToken))
            {
                byCode[mue.CodeId] = mue;
            }

            return byCode;
        }, null).Load(codeId);
}
