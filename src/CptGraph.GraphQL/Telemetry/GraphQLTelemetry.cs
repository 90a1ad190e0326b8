using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CptGraph.GraphQL.Limits;
using GraphQL;

namespace CptGraph.GraphQL.Telemetry;

/// <summary>
/// Our own OpenTelemetry sources for GraphQL: one activity per operation (its name, type, error count and cost as tags) and
/// the metrics <c>cptgraph.graphql.operations</c> (count), <c>cptgraph.graphql.operation.duration</c> (seconds) and
/// <c>cptgraph.graphql.operation.cost</c> (the field cost validation computed, Hot Chocolate's cost model), all
/// labelled with the operation name, whether it had errors and the transport (http, ws, sse). The name is the client's, so it is bounded: a name that
/// is not a plain identifier of up to 64 characters, or one past the first <see cref="MaxOperationNames"/> distinct
/// names, is counted as <c>other</c>, and the metrics store cannot be grown by a client inventing names.
/// </summary>
public static class GraphQLTelemetry
{
    public const string SourceName = "CptGraph.GraphQL";
    public const int MaxOperationNames = 200;

    // Costs span from a lookup (~10) to the default limit (1,000) and past it: powers of ten, halved.
    private static readonly double[] CostBuckets = [1, 5, 10, 50, 100, 500, 1_000, 5_000, 10_000, 50_000, 100_000];

    public static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(SourceName);
    private static readonly Counter<long> Operations = Meter.CreateCounter<long>("cptgraph.graphql.operations", description: "GraphQL operations executed");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("cptgraph.graphql.operation.duration", unit: "s", description: "GraphQL operation duration");
    private static readonly Histogram<double> Cost = Meter.CreateHistogram<double>("cptgraph.graphql.operation.cost", unit: "{cost}",
        description: "GraphQL operation field cost, as validation computed it", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = CostBuckets });
    private static readonly ConcurrentDictionary<string, byte> Names = new(StringComparer.Ordinal);

    /// <summary>Starts the operation's activity (null when nobody listens); the caller owns and disposes it.</summary>
    public static Activity? Start() => Source.StartActivity("graphql.operation");

    /// <summary>Counts and times the operation and tags its activity; returns the bounded name it was counted under.</summary>
    /// <param name="cost">The operation's cost (null when validation did not get as far as costing it: no cost is recorded).</param>
    public static string Record(Activity? activity, ExecutionResult result, TimeSpan elapsed, GraphQLTransport transport, OperationCost? cost)
    {
        var name = Bounded(result.Operation?.Name?.StringValue);
        var errors = result.Errors?.Count ?? 0;
        var tags = new TagList { { "operation", name }, { "errors", errors > 0 }, { "transport", TagOf(transport) } };
        Operations.Add(1, tags);
        Duration.Record(elapsed.TotalSeconds, tags);
        if (cost is not null)
        {
            Cost.Record(cost.FieldCost, tags);
            activity?.SetTag("graphql.cost.field", cost.FieldCost);
            activity?.SetTag("graphql.cost.type", cost.TypeCost);
        }

        if (activity is not null)
        {
            activity.DisplayName = $"graphql {name}";
            activity.SetTag("graphql.operation.name", name);
            activity.SetTag("graphql.operation.type", TypeOf(result));
            activity.SetTag("graphql.errors", errors);
            activity.SetStatus(errors > 0 ? ActivityStatusCode.Error : ActivityStatusCode.Ok);
        }

        return name;
    }

    /// <summary>The operation's type as GraphQL spells it (query, mutation, subscription); <c>unknown</c> when none was chosen.</summary>
    public static string TypeOf(ExecutionResult result) => result.Operation?.Operation switch
    {
        GraphQLParser.AST.OperationType.Query => "query",
        GraphQLParser.AST.OperationType.Mutation => "mutation",
        GraphQLParser.AST.OperationType.Subscription => "subscription",
        _ => "unknown",
    };

    /// <summary>The label value of a transport: one of three constant strings, never allocated per operation.</summary>
    public static string TagOf(GraphQLTransport transport) => transport switch
    {
        GraphQLTransport.Ws => "ws",
        GraphQLTransport.Sse => "sse",
        _ => "http",
    };

    private static string Bounded(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "anonymous";
        }

        if (name.Length > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            return "other";
        }

        return Names.ContainsKey(name) || (Names.Count < MaxOperationNames && Names.TryAdd(name, 0)) ? name : "other";
    }
}
