using CptGraph.Domain.Codes;
using GraphQL.Types;

namespace CptGraph.Server.Codes;

public sealed class CodeRelationType : ObjectGraphType<CodeRelation>
{
    public CodeRelationType()
    {
        Name = "RelatedCode";
        Description = "A code related to another, and how.";
        Field<NonNullGraphType<CodeType>>("code").Description("The related code.").Resolve(c => c.Source.RelatedCode);
        Field(r => r.Relationship).Description("How the related code relates to the code it is listed under.");
        Field(r => r.Source).Description("The content file (name@version), or for an official edit the set, release, file and sha256 prefix, this fact came from.");
        Field<NonNullGraphType<RelatedCodeKindEnum>>("kind").Description("CURATED, or the official edit's kind and direction (ADD_ON_PRIMARY, ADD_ON_CODE, PTP_COLUMN1, PTP_COLUMN2).")
            .Resolve(c => c.Source.Kind);
        Field<CodeEditType>("edit").Description("The official edit behind an official relation (dates, edit type, modifier indicator); null for curated ones.")
            .Resolve(c => c.Source.Edit);
    }
}
