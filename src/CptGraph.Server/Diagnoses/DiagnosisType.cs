using CptGraph.Data;
using CptGraph.Domain.Codes;
using CptGraph.Server.Nodes;
using CptGraph.GraphQL.Querying;
using CptGraph.GraphQL.Querying.DataLoaders;
using CptGraph.GraphQL.Querying.Sorting;
using CptGraph.Server.Provenance;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Diagnoses;

public sealed class DiagnosisType : ObjectGraphType<Diagnosis>
{
    private static readonly ChildList<CptGraphDbContext, CodeDiagnosis, CodeDiagnosis> Codes = new(
        db => db.CodeDiagnoses.Include(l => l.Code).Include(l => l.Diagnosis), l => l.DiagnosisId, l => l, DefaultOrder<CodeDiagnosis>.By(l => l.Code.Value));

    public DiagnosisType(QueryGraphTypes types)
    {
        Name = "Diagnosis";
        Description = "An ICD-10-CM diagnosis.";
        this.ImplementNode(d => d.Value);
        Field("code", d => d.Value).Description("The ICD-10-CM code, e.g. \"R50.9\".");
        Field(d => d.Description).Description("The diagnosis, e.g. \"Fever, unspecified\".");
        Field(d => d.Release, nullable: true).Description("The ICD-10-CM release, e.g. FY2026; null for a diagnosis only curated content names.");
        this.AddProvenance(d => d.IngestRunId, "The ICD-10-CM file this diagnosis was imported from; null for curated-only diagnoses.");
        this.AddChildConnection(types, "codes", "diagnosisCodes", "CodeDiagnosis",
            "The procedure codes this diagnosis is linked to, with why it is relevant to each (by code unless ordered).", d => d.Id, Codes);
    }
}
