namespace CptGraph.GraphQL.Querying.Paging;

/// <summary>
/// Cuts a page out of an ordered source by index (Relay's algorithm over offsets). The source is a SQL query at the root
/// (COUNT and LIMIT/OFFSET) or a loaded child list; counting runs only when <c>totalCount</c> or <c>last</c> without
/// <c>before</c> needs it, otherwise one extra row tells whether a next page exists.
/// </summary>
public static class Pager
{
    public static async Task<Page> PageAsync(PageRequest request, bool needsTotal,
        Func<Task<int>> countAsync, Func<int, int, Task<IReadOnlyList<object>>> fetchAsync)
    {
        int? total = needsTotal || (request.Last is not null && request.Before is null) ? await countAsync() : null;
        var start = request.After is { } after ? after + 1 : 0;
        var end = request.Before ?? total;
        if (request.First is { } first)
        {
            end = end is null ? start + first : Math.Min(end.Value, start + first);
        }

        if (request.Last is { } last)
        {
            start = Math.Max(start, end!.Value - last);
        }

        var take = Math.Max(0, end!.Value - start);
        if (total is null)
        {
            var rows = await fetchAsync(start, take + 1);
            return new Page(rows.Take(take).ToList(), start, start > 0, rows.Count > take, null);
        }

        var nodes = take == 0 ? [] : await fetchAsync(start, take);
        return new Page(nodes, start, start > 0, start + nodes.Count < total, total);
    }
}
