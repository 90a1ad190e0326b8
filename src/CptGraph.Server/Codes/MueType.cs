using CptGraph.Domain.Reference;
using CptGraph.Server.Provenance;
using GraphQL.Types;

namespace CptGraph.Server.Codes;

public sealed class MueType : ObjectGraphType<MedicallyUnlikelyEdit>
{
    public MueType()
    {
        Name = "Mue";
        Description = "The code's practitioner Medically Unlikely Edit (CMS NCCI): the most units one provider reports for one patient on one date of service.";
        Field(m => m.Units).Description("The MUE value in units of service.");
        Field(m => m.AdjudicationIndicator).Description("The MUE adjudication indicator as CMS writes it: 1 Line Edit, 2 Date of Service Edit: Policy, 3 Date of Service Edit: Clinical.");
        Field(m => m.Rationale, nullable: true).Description("CMS's MUE rationale, e.g. \"Clinical: Data\".");
        Field<DateOnlyGraphType>("effectiveDate").Description("The table's effective date.").Resolve(c => c.Source.EffectiveOn);
        this.AddProvenance(m => m.IngestRunId, "The MUE file this came from.");
    }
}
