using CptGraph.Domain.Codes;
using CptGraph.Server.Codes;
using CptGraph.Server.ReferenceEntities;
using GraphQL.Types;

namespace CptGraph.Server.Diagnoses;

public sealed class CodeDiagnosisType : ObjectGraphType<CodeDiagnosis>
{
    public CodeDiagnosisType()
    {
        Name = "CodeDiagnosis";
        Description = "A diagnosis as linked to a procedure code.";
        Field<NonNullGraphType<ReferenceEntityType<Diagnosis>>>("diagnosis").Description("The diagnosis.").Resolve(c => c.Source.Diagnosis);
        Field<NonNullGraphType<CodeType>>("code").Description("The procedure code.").Resolve(c => CodeByIdDataLoader.Resolve(c.RequestServices!, c.Source.Code, c.Source.CodeId));
        Field(l => l.Relevance).Description("Why the diagnosis is relevant to the code.");
        Field(l => l.Source).Description("The content file (name@version) this fact came from.");
    }
}
