namespace CptGraph.GraphQL.Transport.WebSockets;

/// <summary>Whether a WebSocket upgrade's <c>Origin</c> may connect: none given, the server's own, or one configured.</summary>
public static class WebSocketOrigin
{
    public static bool IsAllowed(HttpRequest request, IReadOnlyCollection<string> allowed)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin) || allowed.Contains("*"))
        {
            return true;
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var own = $"{request.Scheme}://{request.Host.Value}";
        return string.Equals(uri.GetLeftPart(UriPartial.Authority), own, StringComparison.OrdinalIgnoreCase)
            || allowed.Any(a => string.Equals(a.TrimEnd('/'), uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase));
    }
}
