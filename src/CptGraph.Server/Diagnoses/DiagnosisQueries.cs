using CptGraph.Server.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Diagnoses;

public sealed class DiagnosisQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<DiagnosisType>("diagnosis")
            .Description("One ICD-10-CM diagnosis by code, e.g. diagnosis(code: \"R50.9\"); null when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The ICD-10-CM code, e.g. \"R50.9\".")
            .ResolveWithDbAsync(async (c, db) =>
            {
                var value = c.GetArgument<string>("code").Trim().ToUpperInvariant();
                return await db.Diagnoses.FirstOrDefaultAsync(d => d.Value == value, c.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosisType>>>>("diagnoses")
            .Description("Every known diagnosis, ordered by code.")
            .ResolveWithDbAsync(async (c, db) => await db.Diagnoses.OrderBy(d => d.Value).ToListAsync(c.CancellationToken));
    }
}
