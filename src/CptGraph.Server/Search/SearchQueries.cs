using System.Linq.Expressions;
using CptGraph.Data;
using CptGraph.Data.Search;
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
        AddSearch<Code>(query, "searchCodes", "Code",
            "Full-text search over codes, descriptions (curated and HCPCS Level II official), titles and linked diagnosis and taxonomy text, best match first (SQLite FTS5, bm25). " +
                "Every word must match; the last one may be a prefix.",
            "infusion fever", CodeSearchSql.Reader.CountAsync, CodeSearchSql.Reader.IdsAsync, db => db.Codes, c => c.Id);
        AddSearch<Diagnosis>(query, "searchDiagnoses", "Diagnosis",
            "Full-text search over the ICD-10-CM diagnoses' codes (dotted or not) and descriptions, best match first (SQLite FTS5, bm25). " +
                "Every word must match; the last one may be a prefix.",
            "type 2 diabetes", DiagnosisSearchSql.Reader.CountAsync, DiagnosisSearchSql.Reader.IdsAsync, db => db.Diagnoses, d => d.Id);
    }

    // One way to serve a search for every index: count and rank ids in the full-text index (FTS5 or tsvector), then load the page's rows (only the selected columns) in rank order.
    private void AddSearch<TEntity>(ObjectGraphType query, string name, string nodeTypeName, string description, string example,
        Func<CptGraphDbContext, IReadOnlyList<string>, CancellationToken, Task<int>> count, Func<CptGraphDbContext, IReadOnlyList<string>, int, int, CancellationToken, Task<List<int>>> idsOf,
        Func<CptGraphDbContext, IQueryable<TEntity>> rows, Expression<Func<TEntity, int>> id)
        where TEntity : class
    {
        var idOf = id.Compile();
        query.Field(name, new NonNullGraphType(types.Connection(name, nodeTypeName)))
            .Description(description)
            .Argument<NonNullGraphType<StringGraphType>>("text", $"What to search for, e.g. \"{example}\" (at most {FtsQuery.MaxTextLength} characters and {FtsQuery.MaxWords} words).",
                a => a.MaxLength(FtsQuery.MaxTextLength, GraphQLErrorCodes.SearchTextTooLong))
            .Arguments(QueryableArguments.Paging())
            .ResolveAsync(async context =>
            {
                var engine = context.RequestServices!.GetRequiredService<QueryEngine>();
                var request = PageRequest.From(context, engine.Paging);
                var match = FtsQuery.Words(context.GetArgument<string>("text"));
                var projection = ProjectionBuilder.For<TEntity>(engine.Models.For<TEntity>(), SelectionFields.OfConnectionNodes(context));
                await using var lease = await context.RequestServices!.LeaseDbAsync(context.CancellationToken);
                var db = lease.Db;
                return await Pager.PageAsync(request, SelectionFields.Of(context).Contains("totalCount"),
                    () => count(db, match, context.CancellationToken),
                    async (skip, take) =>
                    {
                        var ids = await idsOf(db, match, skip, take, context.CancellationToken);
                        var inPage = Expression.Lambda<Func<TEntity, bool>>(
                            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], Expression.Constant(ids), id.Body), id.Parameters);
                        var found = await rows(db).Where(inPage).Select(projection).ToListAsync(context.CancellationToken);
                        var byId = found.ToDictionary(idOf);
                        return ids.Where(byId.ContainsKey).Select(i => (object)byId[i]).ToList();
                    });
            });
    }
}
