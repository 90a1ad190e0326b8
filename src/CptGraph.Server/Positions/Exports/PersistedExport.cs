using System.Text.Json;
using CptGraph.GraphQL.PersistedOperations;
using GraphQL;
using GraphQL.Types;

namespace CptGraph.Server.Positions.Exports;

/// <summary>
/// Runs one of <see cref="ExportOperations"/> by its document id, through the same executer, persisted-operation step,
/// validation rules and limits as /graphql, and hands back the JSON answer exactly as /graphql would serialise it.
/// </summary>
public sealed class PersistedExport(IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, PersistedOperationStore store)
{
    public async Task<JsonDocument> RunAsync(HttpContext context, string document, string variablesJson)
    {
        // Saved on every run: the in-memory store evicts least recently used documents, and saving is a dictionary write.
        var hash = DocumentHash.Of(document);
        store.Save(hash, document);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            DocumentId = hash,
            Variables = serializer.Deserialize<Inputs>(variablesJson),
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
        });
        return JsonDocument.Parse(serializer.Serialize(result));
    }
}
