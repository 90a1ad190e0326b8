namespace CptGraph.GraphQL.Querying.Models;

/// <summary>The queryable shape of one entity type, from which its filter input, sort input and projections are generated.</summary>
public interface IQueryModel
{
    /// <summary>The output type's name, e.g. <c>Code</c>: the inputs are <c>CodeFilterInput</c> and <c>CodeSortInput</c>.</summary>
    string TypeName { get; }

    Type EntityType { get; }

    IReadOnlyList<QueryField> Fields { get; }

    /// <summary>Output fields served from other columns (e.g. <c>id</c> from the code), by field name.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> ComputedFields { get; }

    /// <summary>Properties every projection reads: the key and what global ids and DataLoaders need.</summary>
    IReadOnlyList<string> AlwaysRead { get; }

    /// <summary>The unique sort key appended to every order so pages are stable.</summary>
    System.Linq.Expressions.LambdaExpression Key { get; }
}
