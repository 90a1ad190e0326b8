using CptGraph.Server.Schema;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Diagnoses;

public sealed class DiagnosisQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddLookupByCode<DiagnosisType>("diagnosis", "One ICD-10-CM diagnosis by code, e.g. diagnosis(code: \"R50.9\"); null when unknown.", "The ICD-10-CM code, e.g. \"R50.9\".", EntityLookups.DiagnosisAsync);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiagnosisType>>>>("diagnoses")
            .Description("Every known diagnosis, ordered by code.")
            .ResolveWithDbAsync(async (c, db) => await db.Diagnoses.OrderBy(d => d.Value).ToListAsync(c.CancellationToken));
    }
}
