using CptGraph.Domain.Codes;
using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.Server.Diagnoses;

public sealed class DiagnosisQueryModel : QueryModel<Diagnosis>
{
    public DiagnosisQueryModel()
        : base("Diagnosis", d => d.Value)
    {
        Scalar("code", d => d.Value);
        Scalar("description", d => d.Description);
        Scalar("release", d => d.Release);
        Computed("source", nameof(Diagnosis.IngestRunId));
        List<CodeDiagnosis>("codes", d => d.Codes);
        AlwaysReads(nameof(Diagnosis.Id), nameof(Diagnosis.Value));
    }
}
