using System.Text.Json;
using System.Text.Json.Nodes;

namespace CptGraph.Bench.Api;

/// <summary>One measured request, from <c>queries/{Name}.graphql</c> and its entry in <c>queries/variables.json</c>.</summary>
public sealed record BenchQuery(string Name, string OperationName, string Body)
{
    public static readonly string[] Names = ["a-code-page", "b-codes-page", "c-filtered-sorted", "d-reference-page"];

    public static IReadOnlyList<BenchQuery> LoadAll()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "queries");
        var variables = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "variables.json")))!.AsObject();
        return Names.Select(name =>
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
