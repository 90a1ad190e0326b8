using GraphQL;

namespace CptGraph.GraphQL.Querying.Paging;

/// <summary>The validated <c>first/after/last/before</c> of a connection field.</summary>
public sealed record PageRequest(int? First, int? After, int? Last, int? Before)
{
    public static PageRequest From(IResolveFieldContext context, PagingOptions options)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first < 0 || last < 0)
        {
            throw new ExecutionError("The requested number of values per page must be at least 0.") { Code = "HC0079" };
        }

        if (first > options.MaxPageSize || last > options.MaxPageSize)
        {
            throw new ExecutionError($"The maximum allowed items per page were exceeded: at most {options.MaxPageSize}.") { Code = "HC0051" };
        }

        if (first is null && last is null)
        {
            if (options.RequirePagingBoundaries)
            {
                throw new ExecutionError("You must provide a `first` or `last` value to properly paginate the connection.") { Code = "HC0052" };
            }

            first = options.DefaultPageSize;
        }

        var after = context.GetArgument<string?>("after") is { } a ? Cursor.Decode(a) : (int?)null;
        var before = context.GetArgument<string?>("before") is { } b ? Cursor.Decode(b) : (int?)null;
        return new PageRequest(first, after, last, before);
    }
}
