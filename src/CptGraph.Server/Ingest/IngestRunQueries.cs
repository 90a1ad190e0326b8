using CptGraph.Server.Schema;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Ingest;

public sealed class IngestRunQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestRunType>>>>("ingestRuns")
            .Description("Every committed ingest run, newest first.")
            .ResolveWithDbAsync(async (c, db) => await db.IngestRuns.OrderByDescending(r => r.Id).ToListAsync(c.CancellationToken));
    }
}
