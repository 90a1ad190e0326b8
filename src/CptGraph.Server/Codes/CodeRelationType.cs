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
        Field(r => r.Source).Description("The content file (name@version) this fact came from.");
    }
}
