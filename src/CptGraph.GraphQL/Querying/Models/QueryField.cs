using System.Linq.Expressions;

namespace CptGraph.GraphQL.Querying.Models;

/// <summary>
/// One field a client may filter, sort or project on, named as the output type names it.
/// <paramref name="Member"/> is a lambda over the entity (e.g. <c>c =&gt; c.Value</c>, or <c>d =&gt; d.P75 - d.P25</c> for a computed
/// member), so filters and sorts become SQL. <paramref name="Target"/> is the value type (scalars) or the related entity type.
/// </summary>
public sealed record QueryField(string Name, LambdaExpression Member, QueryFieldKind Kind, Type Target, string? EnumTypeName = null)
{
    /// <summary>The entity property the field reads when it is a plain column (<c>c =&gt; c.Title</c>); null for computed members.</summary>
    public System.Reflection.PropertyInfo? Column =>
        Kind == QueryFieldKind.Scalar && Member.Body is MemberExpression { Member: System.Reflection.PropertyInfo property } member
            && member.Expression == Member.Parameters[0] ? property : null;
}
