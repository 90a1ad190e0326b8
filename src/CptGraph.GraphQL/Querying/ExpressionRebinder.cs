using System.Linq.Expressions;

namespace CptGraph.GraphQL.Querying;

/// <summary>Puts a model field's lambda body onto another instance (a nested object, a list element, a row's item).</summary>
public sealed class ExpressionRebinder(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    public static Expression Body(LambdaExpression lambda, Expression instance) =>
        new ExpressionRebinder(lambda.Parameters[0], instance).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
}
