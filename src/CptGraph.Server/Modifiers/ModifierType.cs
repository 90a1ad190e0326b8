using CptGraph.Domain.Codes;
using CptGraph.Server.Nodes;
using CptGraph.Server.Schema;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CptGraph.Server.Modifiers;

public sealed class ModifierType : ObjectGraphType<Modifier>
{
    public ModifierType()
    {
        Name = "Modifier";
        Description = "A CPT/HCPCS billing modifier.";
        this.ImplementNode(m => m.Value);
        Field("code", m => m.Value).Description("The modifier, e.g. \"59\".");
        Field(m => m.Name).Description("The modifier's name, e.g. \"Distinct Procedural Service\".");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CodeModifierType>>>>("codes")
            .Description("The codes this modifier is commonly reported with, and the usage guidance for each.")
            .ResolveWithDbAsync(async (c, db) => await db.CodeModifiers.Where(l => l.ModifierId == c.Source.Id)
                .Include(l => l.Code).Include(l => l.Modifier).OrderBy(l => l.Code.Value).ToListAsync(c.CancellationToken));
    }
}
