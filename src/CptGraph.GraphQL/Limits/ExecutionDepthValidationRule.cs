using CptGraph.GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.Limits;

/// <summary>Refuses operations nested deeper than <see cref="GraphQLLimitsOptions.MaxExecutionDepth"/>.</summary>
public sealed class ExecutionDepthValidationRule(IOptions<GraphQLLimitsOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (FragmentCycles.Exist(context.Document))
        {
            return default;
        }

        var allowed = options.Value.MaxExecutionDepth;
        var detected = ExecutionDepth.Of(context.Operation, context.Document);
        if (detected > allowed)
        {
            context.ReportError(LimitErrors.Create(
                context,
                context.Operation,
                GraphQLErrorCodes.MaxExecutionDepth,
                $"The GraphQL document has an execution depth of {detected} which exceeds the max allowed execution depth of {allowed}.",
                ("allowedExecutionDepth", allowed),
                ("detectedExecutionDepth", detected)));
        }

        return default;
    }
}
