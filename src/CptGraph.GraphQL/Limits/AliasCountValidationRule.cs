using CptGraph.GraphQL.Transport;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.Limits;

/// <summary>Refuses documents with more aliased fields than <see cref="GraphQLLimitsOptions.MaxAliasCount"/>.</summary>
public sealed class AliasCountValidationRule(IOptions<GraphQLLimitsOptions> options) : ValidationRuleBase
{
    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var counter = new AliasCounter();
        await counter.VisitAsync(context.Document, new NullVisitorContext());
        var allowed = options.Value.MaxAliasCount;
        if (counter.Count > allowed)
        {
            context.ReportError(LimitErrors.Create(
                context,
                context.Operation,
                GraphQLErrorCodes.MaxAliasCount,
                $"The GraphQL document has {counter.Count} aliases which exceeds the max allowed alias count of {allowed}.",
                ("allowedAliasCount", allowed),
                ("detectedAliasCount", counter.Count)));
        }

        return null;
    }

    private sealed class AliasCounter : ASTVisitor<NullVisitorContext>
    {
        public int Count { get; private set; }

        protected override ValueTask VisitAliasAsync(GraphQLAlias alias, NullVisitorContext context)
        {
            Count++;
            return default;
        }
    }
}
