using System.Linq.Expressions;
using CptGraph.Domain.Reference;
using GraphQL.Types;

namespace CptGraph.Server.ReferenceEntities;

/// <summary>One column of a reference code set, as a GraphQL field and as a query-model field (filterable, sortable, projected).</summary>
public abstract class ReferenceField<T>
    where T : class, IReferenceEntity
{
    private protected ReferenceField(string name, string description) => (Name, Description) = (name, description);

    public string Name { get; }

    public string Description { get; }

    /// <summary>A text column, e.g. a diagnosis's <c>description</c>; <paramref name="nullable"/> when rows may lack it.</summary>
    public static ReferenceField<T> Text(string name, Expression<Func<T, string?>> column, string description, bool nullable = false) =>
        new TextField(name, column, description, nullable);

    /// <summary>A date column served as is but, like the other computed fields, neither filtered nor sorted.</summary>
    public static ReferenceField<T> Date(string name, string property, Func<T, DateOnly?> read, string description) =>
        new DateField(name, property, read, description);

    internal abstract void AddTo(ObjectGraphType<T> type);

    internal abstract void AddTo(ReferenceEntityQueryModel<T> model);

    private sealed class TextField(string name, Expression<Func<T, string?>> column, string description, bool nullable)
        : ReferenceField<T>(name, description)
    {
        internal override void AddTo(ObjectGraphType<T> type) => type.Field(Name, column, nullable).Description(Description);

        internal override void AddTo(ReferenceEntityQueryModel<T> model) => model.AddScalar(Name, column);
    }

    private sealed class DateField(string name, string property, Func<T, DateOnly?> read, string description)
        : ReferenceField<T>(name, description)
    {
        internal override void AddTo(ObjectGraphType<T> type) =>
            type.Field<DateOnlyGraphType>(Name).Description(Description).Resolve(c => read(c.Source));

        internal override void AddTo(ReferenceEntityQueryModel<T> model) => model.AddComputed(Name, property);
    }
}
