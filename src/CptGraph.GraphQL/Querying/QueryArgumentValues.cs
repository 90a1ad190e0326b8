using GraphQL;

namespace CptGraph.GraphQL.Querying;

/// <summary>The parsed <c>where:</c> and <c>order:</c> arguments of a field, and a key naming them for data loader batches.</summary>
public sealed record QueryArgumentValues(IDictionary<string, object?>? Where, IReadOnlyList<object?>? Order)
{
    /// <summary>No filter, the default order.</summary>
    public static QueryArgumentValues None { get; } = new(null, null);

    public static QueryArgumentValues From(IResolveFieldContext context)
    {
        var where = context.GetArgument<Dictionary<string, object?>?>("where");
        var order = context.GetArgument<List<object?>?>("order");
        return where is null or { Count: 0 } && order is null or { Count: 0 } ? None : new(where, order);
    }

    /// <summary>Equal for equal arguments, so fields with the same arguments share one batch.</summary>
    public string BatchKey => ReferenceEquals(this, None) ? "" : System.Text.Json.JsonSerializer.Serialize(new { Where, Order });
}
