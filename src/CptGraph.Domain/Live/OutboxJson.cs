using System.Text.Json;
using System.Text.Json.Serialization;

namespace CptGraph.Domain.Live;

/// <summary>The one JSON shape of outbox payloads, shared by the writer (ingestion) and the readers (server).</summary>
public static class OutboxJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T payload) => JsonSerializer.Serialize(payload, Options);

    public static T Deserialize<T>(string payload) =>
        JsonSerializer.Deserialize<T>(payload, Options) ?? throw new JsonException("An outbox payload was null.");
}
