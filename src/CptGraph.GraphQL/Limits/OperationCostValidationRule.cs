using CptGraph.GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.Limits;

/// <summary>
/// Computes the operation's cost, leaves it in the user context (for <c>GraphQL-Cost: report</c>) and refuses costs
/// above <see cref="GraphQLLimitsOptions.MaxFieldCost"/> or <see cref="GraphQLLimitsOptions.MaxTypeCost"/> with HC0047.
/// It also runs on cached documents, because <c>first: $n</c> makes the cost depend on the variables.
/// </summary>
public sealed class OperationCostValidationRule(IOptions<GraphQLLimitsOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var limits = options.Value;
        var cost = new OperationCostCalculator(context.Schema, context.Document, context.Variables).Compute(context.Operation);
        context.UserContext[OperationCost.UserContextKey] = cost;
        if (!limits.EnforceCostLimits)
        {
            return default;
        }

        if (cost.FieldCost > limits.MaxFieldCost)
        {
            context.ReportError(LimitErrors.Create(
                context,
                context.Operation,
                GraphQLErrorCodes.MaxCostExceeded,
                "The maximum allowed field cost was exceeded.",
                ("fieldCost", cost.FieldCost),
                ("maxFieldCost", limits.MaxFieldCost)));
        }
        else if (cost.TypeCost > limits.MaxTypeCost)
        {
            context.ReportError(LimitErrors.Create(
                context,
                context.Operation,
                GraphQLErrorCodes.MaxCostExceeded,
                "The maximum allowed type cost was exceeded.",
                ("typeCost", cost.TypeCost),
                ("maxTypeCost", limits.MaxTypeCost)));
        }

        return default;
    }
}
