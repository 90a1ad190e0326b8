using CptGraph.GraphQL.Limits;
using GraphQL;

namespace CptGraph.GraphQL.Transport;

/// <summary>
/// Hot Chocolate's <c>GraphQL-Cost</c> request header: <c>report</c> runs the operation and adds <c>extensions.operationCost</c>;
/// <c>validate</c> adds it without running the operation (no <c>data</c>).
/// </summary>
public static class OperationCostReport
{
    public const string HeaderName = "GraphQL-Cost";

    /// <summary>Before execution: a <c>validate</c> request tells the execution-strategy selector to stop after validation.</summary>
    public static void Prepare(HttpRequest request, IDictionary<string, object?> userContext)
    {
        if (Is(request, "validate"))
        {
            userContext[CostValidationStrategySelector.ValidateOnlyKey] = true;
        }
    }

    public static void AddTo(ExecutionResult result, HttpRequest request, IDictionary<string, object?> userContext)
    {
        var validateOnly = Is(request, "validate");
        if (validateOnly)
        {
            // The executer marks every operation that got past validation as executed; this one ran nothing.
            result.Executed = false;
        }

        if (!(validateOnly || Is(request, "report")) || OperationCost.In(userContext) is not { } cost)
        {
            return;
        }

        result.Extensions ??= [];
        result.Extensions["operationCost"] = new Dictionary<string, object?>
        {
            ["fieldCost"] = cost.FieldCost,
            ["typeCost"] = cost.TypeCost,
        };
    }

    private static bool Is(HttpRequest request, string mode) => string.Equals(request.Headers[HeaderName], mode, StringComparison.OrdinalIgnoreCase);
}
