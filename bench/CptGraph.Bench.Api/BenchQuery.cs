using System.Text.Json;
using System.Text.Json.Nodes;

namespace CptGraph.Bench.Api;

/// <summary>One measured request, from <c>queries/{Name}.graphql</c> and its entry in <c>queries/variables.json</c>.</summary>
public sealed record BenchQuery(string Name, string OperationName, string Body)
{
    public static readonly string[] Names = ["a-code-page", "b-codes-page", "c-filtered-sorted", "d-reference-page"];

    /// <summary>Analyst requests with no hand-written counterpart: measured on the GraphQL server alone.</summary>
    public static readonly string[] GraphQLOnlyNames = ["e-fee-schedule-1000", "f-state-cut-page"];

    /// <summary>Batch requests (a whole fee schedule), measured with <see cref="BenchOptions.BatchConnections"/>.</summary>
    public static readonly string[] BatchNames = ["e-fee-schedule-1000"];

    public bool IsBatch => BatchNames.Contains(Name);

    public static IReadOnlyList<BenchQuery> LoadAll() => Load(Names);

    public static IReadOnlyList<BenchQuery> LoadGraphQLOnly() => Load(GraphQLOnlyNames);

    /// <summary>
    /// A 1,000-line fee schedule: the synthetic codes X0001… at rates around their distributions, units 1–12, and 96375;
    /// generated rather than kept in variables.json (it is ~60 KB).
    /// </summary>
    public static JsonArray FeeScheduleLines(int count) => new([.. Enumerable.Range(0, count).Select(i => (JsonNode)new JsonObject
    {
        ["code"] = i == 0 ? "96375" : $"X{i:D4}",
        ["amount"] = 20 + (i * 7 % 80),
        ["units"] = 1 + (i % 12),
    })]);

    private static IReadOnlyList<BenchQuery> Load(IEnumerable<string> names)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "queries");
        var variables = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "variables.json")))!.AsObject();
        variables["e-fee-schedule-1000"] = new JsonObject { ["lines"] = FeeScheduleLines(1_000) };
        variables["f-state-cut-page"] = new JsonObject { ["code"] = "96375", ["state"] = "TX" };
        return names.Select(name =>
        {
            var query = File.ReadAllText(Path.Combine(directory, name + ".graphql"));
            var operationName = query.Split(' ', '(', '{')[1];
            var body = new JsonObject
            {
                ["query"] = query,
                ["operationName"] = operationName,
                ["variables"] = variables[name]?.DeepClone(),
            };
            return new BenchQuery(name, operationName, body.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        }).ToList();
    }
}
