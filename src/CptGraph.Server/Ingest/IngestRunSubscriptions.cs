using CptGraph.Domain.Live;
using CptGraph.GraphQL.Live;
using CptGraph.Server.Schema;
using GraphQL;
using GraphQL.Types;

namespace CptGraph.Server.Ingest;

public sealed class IngestRunSubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<IngestRunProgressEventType>>("ingestRunProgress")
            .Description("The phases of one ingest run, up to COMMITTED.")
            .Argument<NonNullGraphType<IntGraphType>>("runId", "The run to follow (IngestRun.runId).")
            .ResolveLive(context =>
            {
                var runId = context.GetArgument<int>("runId");
                return (e, _) => ValueTask.FromResult<object?>(e.Topic == OutboxTopics.IngestProgress
                    && OutboxJson.Deserialize<IngestRunProgress>(e.Payload) is { } progress && progress.RunId == runId ? progress : null);
            });

        subscription.Field<NonNullGraphType<IngestRunType>>("ingestRunFinished")
            .Description("Every ingest run that commits, in any process.")
            .ResolveLive(context => async (e, ct) =>
            {
                if (e.Topic != OutboxTopics.IngestFinished)
                {
                    return null;
                }

                // Every subscriber gets this event: one read serves them all (LiveEventLookups).
                var finished = OutboxJson.Deserialize<IngestRunFinished>(e.Payload);
                var services = context.RequestServices!;
                return await services.GetRequiredService<LiveEventLookups>().GetAsync(e.Id, "ingestRun", async loadToken =>
                {
                    await using var db = await services.CreateDbAsync(loadToken);
                    return await EntityLookups.IngestRunAsync(db, finished.RunId.ToString(System.Globalization.CultureInfo.InvariantCulture), loadToken);
                }, ct);
            });
    }
}
