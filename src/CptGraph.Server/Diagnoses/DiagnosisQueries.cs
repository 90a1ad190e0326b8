using CptGraph.Data;
using CptGraph.Server.Schema;
using GraphQL.Types;
using CptGraph.GraphQL.Querying;

namespace CptGraph.Server.Diagnoses;

public sealed class DiagnosisQueries(QueryGraphTypes types) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddLookupByCode<DiagnosisType>("diagnosis", "One ICD-10-CM diagnosis by code, e.g. diagnosis(code: \"R50.9\"); null when unknown.", "The ICD-10-CM code, e.g. \"R50.9\".", EntityLookups.DiagnosisAsync);
        query.AddConnection(types, "diagnoses", "Diagnosis", "The known diagnoses, filtered, ordered (by code unless ordered) and paged.", (CptGraphDbContext db) => db.Diagnoses);
    }
}
