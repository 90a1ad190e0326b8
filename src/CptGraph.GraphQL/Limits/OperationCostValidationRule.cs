using CptGraph.GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.Limits;

/// <summary>
/// Computes the operation's cost, leaves it in the user context (for <c>GraphQL-Cost: report</c>) and refuses costs
/// above <see cref="GraphQLLimitsOptions.MaxFieldCost"/> or <see cref="GraphQLLimitsOptions.MaxTypeCost"/> with HC0047.
/// It also runs on cached documents, because <c>first: $n</c> makes the cost depend on the variables. The same walk
/// measures the capped inputs (order entries, and/or terms, in values, marked arguments) and refuses those over their cap,
/// whether or not costs are enforced.
/// </summary>
public sealed class OperationCostValidationRule(IOptions<GraphQLLimitsOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (FragmentCycles.Exist(context.Document))
        {
            return default;
        }

        var limits = options.Value;
        var calculator = new OperationCostCalculator(context.Schema, context.Document, context.Variables, limits);
        var cost = calculator.Compute(context.Operation);
        context.UserContext[OperationCost.UserContextKey] = cost;
        foreach (var size in calculator.InputSizes.Where(s => s.Exceeded))
        {
            context.ReportError(LimitErrors.Create(
                context,
                context.Operation,
                size.Code,
                $"The argument '{size.Argument}' has {size.Detected} {InputCapText.Of(size.Cap)} which exceeds the max allowed {size.Allowed}.",
                ("argument", size.Argument),
                ("allowed", size.Allowed),
                ("detected", size.Detected)));
        }

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
