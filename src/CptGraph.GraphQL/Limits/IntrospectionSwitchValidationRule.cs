using CptGraph.GraphQL.Transport;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.Limits;

/// <summary>When <see cref="GraphQLLimitsOptions.EnableIntrospection"/> is false, refuses <c>__schema</c> and <c>__type</c> with HC0046.</summary>
public sealed class IntrospectionSwitchValidationRule(IOptions<GraphQLLimitsOptions> options) : ValidationRuleBase
{
    private static readonly MatchingNodeVisitor<GraphQLField> Visitor = new((field, context) =>
    {
        var name = field.Name.StringValue;
        if (name is "__schema" or "__type")
        {
            context.ReportError(LimitErrors.Create(
                context,
                field,
                GraphQLErrorCodes.IntrospectionNotAllowed,
                "Introspection is not allowed for the current request.",
                ("field", name)));
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(options.Value.EnableIntrospection ? null : Visitor);
}
