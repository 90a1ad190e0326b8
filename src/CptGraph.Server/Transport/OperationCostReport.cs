using CptGraph.Server.Limits;
using GraphQL;

namespace CptGraph.Server.Transport;

/// <summary>Hot Chocolate's <c>GraphQL-Cost: report</c> request header: the answer carries <c>extensions.operationCost</c>.</summary>
public static class OperationCostReport
{
    public const string HeaderName = "GraphQL-Cost";

    public static void AddTo(ExecutionResult result, HttpRequest request, IDictionary<string, object?> userContext)
    {
        if (!string.Equals(request.Headers[HeaderName], "report", StringComparison.OrdinalIgnoreCase)
            || !userContext.TryGetValue(OperationCost.UserContextKey, out var value) || value is not OperationCost cost)
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
}
