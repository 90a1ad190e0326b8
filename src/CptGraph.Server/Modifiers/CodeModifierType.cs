using CptGraph.Domain.Codes;
using CptGraph.Server.Codes;
using CptGraph.Server.ReferenceEntities;
using GraphQL.Types;

namespace CptGraph.Server.Modifiers;

public sealed class CodeModifierType : ObjectGraphType<CodeModifier>
{
    public CodeModifierType()
    {
        Name = "CodeModifier";
        Description = "A modifier as used with a code.";
        Field<NonNullGraphType<ReferenceEntityType<Modifier>>>("modifier").Description("The modifier.").Resolve(c => c.Source.Modifier);
        Field<NonNullGraphType<CodeType>>("code").Description("The code the modifier is used with.").Resolve(c => CodeByIdDataLoader.Resolve(c.RequestServices!, c.Source.Code, c.Source.CodeId));
        Field(l => l.Usage).Description("When to use the modifier with this code.");
        Field(l => l.Source).Description("The content file (name@version) this fact came from.");
    }
}
