using CptGraph.Domain.Codes;
using CptGraph.GraphQL.Querying.Models;

namespace CptGraph.Server.Modifiers;

public sealed class ModifierQueryModel : QueryModel<Modifier>
{
    public ModifierQueryModel()
        : base("Modifier", m => m.Value)
    {
        Scalar("code", m => m.Value);
        Scalar("name", m => m.Name);
        Scalar("longDescription", m => m.LongDescription);
        Computed("addedDate", nameof(Modifier.AddedOn));
        Computed("terminationDate", nameof(Modifier.TerminatedOn));
        Computed("source", nameof(Modifier.IngestRunId));
        List<CodeModifier>("codes", m => m.Codes);
        AlwaysReads(nameof(Modifier.Id), nameof(Modifier.Value));
    }
}
