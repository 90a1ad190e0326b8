using CptGraph.Domain.Ingestion;
using GraphQL;
using CptGraph.Server.Schema;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Ingest;

public sealed class IngestRunQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestRunType>>>>("ingestRuns")
            .Description("Every ingest run (succeeded, failed or skipped), newest first.")
            .Argument<IngestRunStatusEnum>("status", a => a.Description = "Only runs that ended this way.")
            .ResolveWithDbAsync(async (c, db) =>
            {
                var status = c.GetArgument<IngestRunStatus?>("status");
                return await db.IngestRuns.Where(r => status == null || r.Status == status).OrderByDescending(r => r.Id).ToListAsync(c.CancellationToken);
            });
    }
}
