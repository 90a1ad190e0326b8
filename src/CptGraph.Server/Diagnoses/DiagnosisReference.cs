using CptGraph.Data;
using CptGraph.Domain.Codes;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.GraphQL.Querying.Sorting;
using CptGraph.Server.ReferenceEntities;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Diagnoses;

/// <summary>ICD-10-CM diagnoses as a reference code set: <c>diagnosis(code:)</c>, <c>diagnoses</c> and the <c>Diagnosis</c> type.</summary>
public static class DiagnosisReference
{
    public static readonly ReferenceEntity<Diagnosis> Entity = new()
    {
        TypeName = "Diagnosis",
        Description = "An ICD-10-CM diagnosis.",
        IsNode = true,
        CodeDescription = "The ICD-10-CM code, e.g. \"R50.9\".",
        LookupField = "diagnosis",
        LookupDescription = "One ICD-10-CM diagnosis by code, e.g. diagnosis(code: \"R50.9\"); null when unknown.",
        ListField = "diagnoses",
        ListDescription = "The known diagnoses, filtered, ordered (by code unless ordered) and paged.",
        Rows = db => db.Diagnoses,
        Fields =
        [
            ReferenceField<Diagnosis>.Text("description", d => d.Description, "The diagnosis, e.g. \"Fever, unspecified\"."),
            ReferenceField<Diagnosis>.Text("release", d => d.Release,
                "The ICD-10-CM release, e.g. FY2026; null for a diagnosis only curated content names.", nullable: true),
        ],
        SourceDescription = "The ICD-10-CM file this diagnosis was imported from; null for curated-only diagnoses.",
        Codes = ReferenceCodes<Diagnosis>.Of("diagnosisCodes", "CodeDiagnosis",
            "The procedure codes this diagnosis is linked to, with why it is relevant to each (by code unless ordered).",
            new ChildList<CptGraphDbContext, CodeDiagnosis, CodeDiagnosis>(db => db.CodeDiagnoses.Include(l => l.Code).Include(l => l.Diagnosis),
                l => l.DiagnosisId, l => l, DefaultOrder<CodeDiagnosis>.By(l => l.Code.Value)),
            d => d.Codes),
    };
}
