using CptGraph.Domain.Codes;
using CptGraph.GraphQL.Limits;
using CptGraph.GraphQL.Querying;
using CptGraph.GraphQL.Querying.Paging;
using CptGraph.GraphQL.Querying.Projections;
using CptGraph.Server.Schema;
using CptGraph.GraphQL.Transport;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Search;

public sealed class SearchQueries(QueryGraphTypes types) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field("searchCodes", new NonNullGraphType(types.Connection("searchCodes", "Code")))
            .Description("Full-text search over codes, descriptions, titles and linked diagnosis and taxonomy text, best match first (SQLite FTS5, bm25). " +
                "Every word must match; the last one may be a prefix.")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"What to search for, e.g. \"infusion fever\" (at most {FtsQuery.MaxTextLength} characters and {FtsQuery.MaxWords} words).",
                a => a.MaxLength(FtsQuery.MaxTextLength, GraphQLErrorCodes.SearchTextTooLong))
            .Arguments(QueryableArguments.Paging())
            .ResolveAsync(async context =>
            {
                var engine = context.RequestServices!.GetRequiredService<QueryEngine>();
                var request = PageRequest.From(context, engine.Paging);
                var match = FtsQuery.Words(context.GetArgument<string>("text"));
                var projection = ProjectionBuilder.For<Code>(engine.Models.For<Code>(), SelectionFields.OfConnectionNodes(context));
                await using var db = await context.RequestServices!.CreateDbAsync(context.CancellationToken);
                return await Pager.PageAsync(request, SelectionFields.Of(context).Contains("totalCount"),
                    () => CodeSearch.CountAsync(db, match, context.CancellationToken),
                    async (skip, take) =>
                    {
                        var ids = await CodeSearch.IdsAsync(db, match, skip, take, context.CancellationToken);
                        var codes = await db.Codes.Where(c => ids.Contains(c.Id)).Select(projection).ToDictionaryAsync(c => c.Id, context.CancellationToken);
                        return ids.Where(codes.ContainsKey).Select(id => (object)codes[id]).ToList();
                    });
            });
    }
}
