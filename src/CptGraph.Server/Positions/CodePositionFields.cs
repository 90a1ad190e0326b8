using CptGraph.Domain.Codes;
using CptGraph.Domain.Positions;
using CptGraph.Domain.Rates;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.Server.Rates;
using CptGraph.Server.Schema;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace CptGraph.Server.Positions;

/// <summary>The <c>position</c> field of a code: "where does my rate sit?".</summary>
public static class CodePositionFields
{
    public static void AddPositionField(this ObjectGraphType<Code> code) =>
        code.Field<NonNullGraphType<CodePositionType>>("position")
            .Description("Where an amount (your contracted rate) sits in each distribution rates and benchmark serve for the same arguments: percentile rank, distance from the median, quartile, % of Medicare.")
            .Argument<NonNullGraphType<DecimalGraphType>>("amount", "The amount to place, in US dollars (e.g. 31.50); must be positive.")
            .Arguments(RateArguments.ForBenchmarks())
            .Resolve(c => Load(c.RequestServices!, c.Source, PositionArguments.Amount(c), RateArguments.Read(c)));

    // One batch per selection: every code of the request (e.g. a codes page) is placed with the same statements.
    private static IDataLoaderResult<CodePosition> Load(IServiceProvider services, Code code, decimal amount, RateSelection selection) =>
        services.GetRequiredService<RequestDataLoaders>().Get<(int CodeId, string Code, decimal Amount), CodePosition>(
            $"position({selection.ServedKey})",
            async (keys, cancellationToken) =>
            {
                await using var lease = await services.LeaseDbAsync(cancellationToken);
                var db = lease.Db;
                var requests = keys.Select(k => new PositionRequest(k.CodeId, k.Code, k.Amount, selection.ModifierKey)).ToList();
                var positions = await ServedPositions.ComputeAsync(services, db, requests, selection, cancellationToken);
                return keys.Select((k, i) => (k, positions[i])).ToDictionary(p => p.k, p => p.Item2);
            },
            null!).Load((code.Id, code.Value, amount));
}
