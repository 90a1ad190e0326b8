using System.Text.Json;

namespace CptGraph.Server.Tests.Hostile;

/// <summary>What one transport answered to a hostile request: its status (101 for WebSocket) and the error codes it carried.</summary>
public sealed record HostileAnswer(string Transport, int Status, string Body, IReadOnlyList<string?> Codes)
{
    /// <summary>The errors' messages, decoded.</summary>
    public IReadOnlyList<string?> Messages { get; init; } = [];

    public static IReadOnlyList<string?> MessagesOf(JsonElement errors) =>
        errors.ValueKind == JsonValueKind.Array
            ? errors.EnumerateArray().Select(e => e.TryGetProperty("message", out var m) ? m.GetString() : null).ToList()
            : [];

    public static IReadOnlyList<string?> CodesOf(JsonElement errors) =>
        errors.ValueKind == JsonValueKind.Array
            ? errors.EnumerateArray()
                .Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null)
                .ToList()
            : [];

    public override string ToString() => $"{Transport} {Status}: {Body}";
}
