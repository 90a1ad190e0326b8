using CptGraph.Domain.Codes;
using CptGraph.Server.Nodes;
using CptGraph.Server.Schema;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Diagnoses;

public sealed class DiagnosisType : ObjectGraphType<Diagnosis>
{
    public DiagnosisType()
    {
        Name = "Diagnosis";
        Description = "An ICD-10-CM diagnosis.";
        this.ImplementNode(d => d.Value);
        Field("code", d => d.Value).Description("The ICD-10-CM code, e.g. \"R50.9\".");
        Field(d => d.Description).Description("The diagnosis, e.g. \"Fever, unspecified\".");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodeDiagnosisType>>>>("codes")
            .Description("The procedure codes this diagnosis is linked to, with why it is relevant to each.")
            .ResolveWithDbAsync(async (c, db) => await db.CodeDiagnoses.Where(l => l.DiagnosisId == c.Source.Id)
                .Include(l => l.Code).Include(l => l.Diagnosis).OrderBy(l => l.Code.Value).ToListAsync(c.CancellationToken));
    }
}
