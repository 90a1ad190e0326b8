using GraphQL;
using GraphQL.Types;

namespace CptGraph.GraphQL.Limits;

/// <summary>
/// Per-field overrides of the cost defaults, the counterparts of Hot Chocolate's <c>@cost(weight:)</c> and
/// <c>@listSize(assumedSize:)</c>: <c>Field(...).Cost(20)</c>, <c>Field(...).ListSize(50)</c>.
/// </summary>
public static class CostMetadata
{
    /// <summary>Hot Chocolate's weight of an async resolver (one that loads from the database).</summary>
    public const double AsyncResolverWeight = 10;

    private const string WeightKey = "CptGraph.Cost.Weight";
    private const string AssumedSizeKey = "CptGraph.Cost.AssumedListSize";

    public static TField Cost<TField>(this TField field, double weight)
        where TField : IMetadataWriter => field.WithMetadata(WeightKey, weight);

    public static TField ListSize<TField>(this TField field, int assumedSize)
        where TField : IMetadataWriter => field.WithMetadata(AssumedSizeKey, assumedSize);

    public static double? GetCostWeight(this IFieldType field) =>
        field.HasMetadata(WeightKey) ? field.GetMetadata<double>(WeightKey) : null;

    public static int? GetAssumedListSize(this IFieldType field) =>
        field.HasMetadata(AssumedSizeKey) ? field.GetMetadata<int>(AssumedSizeKey) : null;
}
