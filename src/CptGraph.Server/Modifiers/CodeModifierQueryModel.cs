using CptGraph.Domain.Codes;
using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.Server.Modifiers;

public sealed class CodeModifierQueryModel : QueryModel<CodeModifier>
{
    public CodeModifierQueryModel()
        : base("CodeModifier", l => l.ModifierId)
    {
        Object("modifier", l => l.Modifier);
        Object("code", l => l.Code);
        Scalar("usage", l => l.Usage);
        Scalar("source", l => l.Source);
    }
}
