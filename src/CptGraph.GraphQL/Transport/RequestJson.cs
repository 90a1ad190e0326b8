using System.Text;
using System.Text.Json;

namespace CptGraph.GraphQL.Transport;

/// <summary>
/// The checks every GraphQL request's JSON gets before its values are read, on every transport: UTF-8 that decodes (the
/// JSON reader only notices bad bytes when a string is read, as an exception), named by its byte offset. Repeated keys
/// and parameter types are <see cref="RequestBodyScanner"/>'s.
/// </summary>
public static class RequestJson
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The body without a leading UTF-8 byte order mark, which editors and some clients add.</summary>
    public static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> json) =>
        json.Span.StartsWith(Utf8Bom) ? json[Utf8Bom.Length..] : json;

    /// <summary>
    /// Parses one whole JSON document (nothing but whitespace after its value) into an element that owns its memory, so
    /// nothing needs disposing (a WebSocket message's payload outlives the handler's scope, the results sent are never
    /// disposed). It still rents while parsing; a POST body, which may be megabytes, goes through
    /// <see cref="RequestBodyScanner"/> instead.
    /// </summary>
    /// <exception cref="JsonException">The bytes are not one JSON value.</exception>
    public static JsonElement ParseWhole(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var element = JsonElement.ParseValue(ref reader);
        if (reader.Read())
        {
            throw new JsonException($"'{(char)json[(int)reader.TokenStartIndex]}' after the JSON value at byte {reader.TokenStartIndex}.");
        }

        return element;
    }

    /// <returns>The offset of the first byte that is not part of a valid UTF-8 sequence, or null when all are.</returns>
    public static long? InvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return null;
    }
}
