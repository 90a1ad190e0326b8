using CptGraph.Domain.Codes;
using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.Server.Codes;

public sealed class CodeRelationQueryModel : QueryModel<CodeRelation>
{
    public CodeRelationQueryModel()
        : base("RelatedCode", r => r.RelatedCodeId)
    {
        Object("code", r => r.RelatedCode);
        Scalar("relationship", r => r.Relationship);
        Scalar("source", r => r.Source);
    }
}
