using CptGraph.Domain.Codes;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.Server.Schema;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Codes;

/// <summary>Codes by database id, every id a request asks for in one query (e.g. the code of each row of a payer's rates).</summary>
public static class CodeByIdDataLoader
{
    /// <summary>A field's code: <paramref name="loaded"/> when its row came with it, else read by id through the loader.</summary>
    public static object Resolve(IServiceProvider services, Code? loaded, int id) => loaded ?? (object)Load(services, id);

    public static IDataLoaderResult<Code?> Load(IServiceProvider services, int id) =>
        services.GetRequiredService<RequestDataLoaders>().Get<int, Code?>(nameof(CodeByIdDataLoader), async (ids, cancellationToken) =>
        {
            await using var lease = await services.LeaseDbAsync(cancellationToken);
            var db = lease.Db;
            return await db.Codes.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => (Code?)c, cancellationToken);
        }, null).Load(id);
}
