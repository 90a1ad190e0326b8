using GraphQL;

namespace CptGraph.GraphQL.Live;

/// <summary>
/// What a transport tells the subscription resolvers about one operation, carried in the execution's user
/// context: where to resume and how to drop the connection when a subscriber falls too far behind.
/// </summary>
public sealed class LiveRequest
{
    private const string Key = "CptGraph.Live";

    /// <summary>The last event id the client saw (WebSocket <c>extensions.lastEventId</c>, SSE <c>Last-Event-ID</c>).</summary>
    public long? LastEventId { get; init; }

    /// <summary>Called when the subscription's buffer overflowed: the transport closes the connection.</summary>
    public Action<Exception>? Dropped { get; init; }

    public Dictionary<string, object?> ToUserContext() => new() { [Key] = this };

    public static LiveRequest? From(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(Key, out var value) ? value as LiveRequest : null;

    /// <summary>Reads an event id as clients send it: a JSON number or a string of digits.</summary>
    public static long? ParseEventId(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d => (long)d,
        decimal m => (long)m,
        System.Numerics.BigInteger b => (long)b,
        string s when long.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
