using CptGraph.GraphQL.Limits;
using CptGraph.Server.Schema;
using GraphQL;
using GraphQL.Types;

namespace CptGraph.Server.Tests.Limits;

/// <summary>
/// Root fields shaped like paging (a list and a connection taking <c>first</c>/<c>last</c>), so the cost tests can
/// check how slicing arguments size lists before the schema itself has connections.
/// </summary>
internal sealed class PagedTestQueryFields : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<ListGraphType<TestItemType>>("testItems").Arguments(SlicingArguments()).Resolve(_ => new[] { new object() }).Cost(Loads);
        query.Field<TestItemsConnectionType>("testItemsPage").Arguments(SlicingArguments()).Resolve(_ => new object()).Cost(Loads);
    }

    /// <summary>The fields stand for loading resolvers, so they weigh like one.</summary>
    private const double Loads = CostMetadata.AsyncResolverWeight;

    private static QueryArguments SlicingArguments() =>
        new(new QueryArgument<IntGraphType> { Name = "first" }, new QueryArgument<IntGraphType> { Name = "last" });

    internal sealed class TestItemType : ObjectGraphType
    {
        public TestItemType()
        {
            Name = "TestItem";
            Field<StringGraphType>("name").Resolve(_ => "item");
            Field<TestItemType>("child").Resolve(_ => new object()).Cost(Loads);
        }
    }

    internal sealed class TestItemsConnectionType : ObjectGraphType
    {
        public TestItemsConnectionType()
        {
            Name = "TestItemsConnection";
            Field<ListGraphType<TestItemType>>("nodes").Resolve(_ => new[] { new object() }).Cost(Loads);
            Field<IntGraphType>("totalCount").Resolve(_ => 1);
        }
    }
}
