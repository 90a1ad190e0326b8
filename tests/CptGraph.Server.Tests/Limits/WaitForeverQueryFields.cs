using CptGraph.Server.Schema;
using GraphQL;
using GraphQL.Types;

namespace CptGraph.Server.Tests.Limits;

/// <summary>A root field that only ends when cancelled, so the execution timeout is what answers it.</summary>
internal sealed class WaitForeverQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<StringGraphType>("waitForever").ResolveAsync(async context =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return null;
        });
}
