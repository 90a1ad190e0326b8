namespace CptGraph.GraphQL.Querying.Models;

/// <summary>Every entity's query model, found by entity type or by GraphQL type name.</summary>
public sealed class QueryModels(IEnumerable<IQueryModel> models)
{
    private readonly Dictionary<Type, IQueryModel> _byType = models.ToDictionary(m => m.EntityType);

    public IQueryModel For(Type entityType) =>
        _byType.TryGetValue(entityType, out var model) ? model : throw new InvalidOperationException($"No query model for {entityType.Name}.");

    public IQueryModel For<T>() => For(typeof(T));
}
