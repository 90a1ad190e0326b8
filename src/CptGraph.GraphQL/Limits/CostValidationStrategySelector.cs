using GraphQL;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace CptGraph.GraphQL.Limits;

/// <summary>
/// Hot Chocolate's <c>GraphQL-Cost: validate</c>: the operation is parsed, validated and costed as usual (so an over-cost
/// one still gets HC0047), then nothing executes — no resolver runs and the answer has no <c>data</c>, only
/// <c>extensions.operationCost</c>. Selecting the strategy is the first step after validation, so this is where to stop.
/// </summary>
public sealed class CostValidationStrategySelector(IExecutionStrategySelector inner) : IExecutionStrategySelector
{
    /// <summary>The user-context flag the HTTP transport sets for a <c>validate</c> request.</summary>
    public const string ValidateOnlyKey = "CptGraph.OperationCost.ValidateOnly";

    private static readonly IExecutionStrategy NoExecution = new NoExecutionStrategy();

    public IExecutionStrategy Select(ExecutionContext context) =>
        context.UserContext.TryGetValue(ValidateOnlyKey, out var validateOnly) && validateOnly is true ? NoExecution : inner.Select(context);

    private sealed class NoExecutionStrategy : ParallelExecutionStrategy
    {
        public override Task<ExecutionResult> ExecuteAsync(ExecutionContext context) => Task.FromResult(new ExecutionResult { Executed = false });
    }
}
