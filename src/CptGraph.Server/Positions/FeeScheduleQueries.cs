using CptGraph.Domain.Positions;
using CptGraph.Domain.Rates;
using CptGraph.GraphQL.Limits;
using CptGraph.Server.Rates;
using CptGraph.Server.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Positions;

public sealed class FeeScheduleQueries : IQueryFields
{
    /// <summary>Lines per request; more is refused at validation, before anything runs.</summary>
    public const int MaxLines = 10_000;

    /// <summary>Every this many lines add 1 to the field's cost: 10,000 lines cost 500 (+ 10), inside the default limit of 1,000.</summary>
    public const int LinesPerCost = 20;

    public const string TooManyLinesCode = "FEE_SCHEDULE_TOO_MANY_LINES";
    public const string InvalidUnitsCode = "INVALID_UNITS";

    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<FeeScheduleBenchmarkType>>("benchmarkFeeSchedule")
            .Description($"Benchmarks a whole fee schedule (up to {MaxLines:N0} lines; send them as a variable): each line's position among the served distributions and the totals against each payer's medians. One batch of statements whatever the number of lines.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<FeeScheduleLineInputType>>>>("lines", $"The lines, at most {MaxLines:N0}.",
                a => a.MaxItems(MaxLines, TooManyLinesCode, LinesPerCost))
            .Arguments(RateArguments.ForBenchmarks())
            .ResolveWithDbAsync(async (c, db) =>
            {
                var selection = RateArguments.Read(c);
                var lines = c.GetArgument<List<FeeScheduleLineInput>>("lines").Select((line, i) => Read(line, i, selection.ModifierKey)).ToList();
                var values = lines.Select(l => l.Code).Distinct().ToList();
                var codes = await db.Codes.Where(code => values.Contains(code.Value))
                    .Select(code => new { code.Id, code.Value })
                    .ToDictionaryAsync(code => code.Value, code => code.Id, c.CancellationToken);
                var known = lines.Where(l => codes.ContainsKey(l.Code)).ToList();
                var positions = await ServedPositions.ComputeAsync(c.RequestServices!, db,
                    known.Select(l => new PositionRequest(codes[l.Code], l.Code, l.Amount, l.ModifierKey)).ToList(), selection, c.CancellationToken);
                var byLine = known.Select((l, i) => (l.Index, positions[i])).ToDictionary(p => p.Index, p => p.Item2);
                return FeeScheduleBenchmark.Of(lines.Select(l => new FeeScheduleLine(l.Index + 1, l.Code, ModifierKey.Split(l.ModifierKey), l.Amount, l.Units,
                    byLine.GetValueOrDefault(l.Index))).ToList());
            });

    private static ReadLine Read(FeeScheduleLineInput line, int index, string defaultModifierKey)
    {
        var amount = PositionArguments.Checked(line.Amount, $"lines[{index}].amount");
        if (line.Units < 1)
        {
            throw new ExecutionError($"lines[{index}].units must be at least 1, not {line.Units}.") { Code = InvalidUnitsCode };
        }

        var modifiers = line.Modifiers is null ? defaultModifierKey : ModifierKey.From(line.Modifiers);
        return new ReadLine(index, EntityLookups.NormaliseCode(line.Code), amount, line.Units, modifiers);
    }

    private sealed record ReadLine(int Index, string Code, decimal Amount, int Units, string ModifierKey);
}
