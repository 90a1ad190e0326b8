using CptGraph.Domain.Codes;
using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.Server.Diagnoses;

public sealed class CodeDiagnosisQueryModel : QueryModel<CodeDiagnosis>
{
    public CodeDiagnosisQueryModel()
        : base("CodeDiagnosis", l => l.DiagnosisId)
    {
        Object("diagnosis", l => l.Diagnosis);
        Object("code", l => l.Code);
        Scalar("relevance", l => l.Relevance);
        Scalar("source", l => l.Source);
    }
}
