using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Codes;
using CptGraph.Domain.Rates;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.Server.Rates;
using CptGraph.Server.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Compare;

public sealed class CompareQueries : IQueryFields
{
    /// <summary>A dashboard compares a handful of codes; more is a coded error rather than an unbounded query.</summary>
    public const int MaxCodes = 25;

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodeComparisonType>>>>("compareCodes")
            .Description($"Benchmarks of up to {MaxCodes} codes side by side, in the order given: Medicare and BUCA means, gap and each payer's distribution.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("codes", "The codes to compare, e.g. [\"96374\", \"96375\"].")
            .Argument<NonNullGraphType<BillingClassEnum>>("billingClass", "Which billing class; PROFESSIONAL by default.", a => a.DefaultValue = BillingClass.Professional)
            .ResolveWithDbAsync(async (c, db) =>
            {
                var values = c.GetArgument<List<string>>("codes").Select(EntityLookups.NormaliseCode).Distinct().ToList();
                if (values.Count is 0 or > MaxCodes)
                {
                    throw new ExecutionError($"Compare between 1 and {MaxCodes} codes; {values.Count} were given.") { Code = "COMPARE_CODE_COUNT" };
                }

                var codes = await db.Codes.Where(code => values.Contains(code.Value))
                    .Select(code => new Code { Id = code.Id, Value = code.Value, Description = code.Description })
                    .ToDictionaryAsync(code => code.Value, c.CancellationToken);
                var unknown = values.Where(v => !codes.ContainsKey(v)).ToList();
                if (unknown.Count > 0)
                {
                    throw new ExecutionError($"Unknown codes: {string.Join(", ", unknown)}.") { Code = "COMPARE_UNKNOWN_CODES", Data = { ["codes"] = unknown } };
                }

                var billingClass = c.GetArgument<BillingClass>("billingClass");
                // Every code's distributions are queued before the first is awaited, so one query loads them all.
                var loads = values.Select(v => RateLists.All(c.RequestServices!, codes[v].Id, new RateSelection(billingClass, "", false, null))
                    .Then(all => new CodeComparison(codes[v], BenchmarkCalculator.Compute(v, all)))).ToList();
                var rows = new List<CodeComparison>();
                foreach (var load in loads)
                {
                    rows.Add(await load.GetResultAsync(c.CancellationToken));
                }

                return rows;
            });
    }
}
