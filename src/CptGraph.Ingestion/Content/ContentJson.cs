using System.Text.Json;
using System.Text.Json.Serialization;

namespace CptGraph.Ingestion.Content;

/// <summary>Reads content files strictly, turning JSON faults into messages that name the file, line and path.</summary>
internal static class ContentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public static async Task<T> ReadAsync<T>(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        await using var stream = Sources.JsonStart.Check(file, path, ownsText: false);
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(stream, Options, cancellationToken)
                ?? throw new IngestionException(path, "$", "the file holds null, not a content document");
        }
        catch (JsonException e)
        {
            var location = $"line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1} of the line, {e.Path ?? "$"}";
            throw new IngestionException(path, location, e.Message, e);
        }
    }
}
