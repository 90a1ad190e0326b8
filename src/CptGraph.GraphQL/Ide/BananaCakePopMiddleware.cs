using System.Text;
using Microsoft.Net.Http.Headers;

namespace CptGraph.GraphQL.Ide;

/// <summary>
/// Serves the Banana Cake Pop page to a browser that GETs the GraphQL path, and the settings it fetches.
/// The package's scripts and styles come from <c>{path}/ide/</c> by a <c>&lt;base&gt;</c> element injected into its page.
/// </summary>
public sealed class BananaCakePopMiddleware(RequestDelegate next, PathString graphQLPath, string assetsDirectory)
{
    /// <summary>
    /// Belt and braces over <c>disableTelemetry</c>: the browser itself refuses any request to another host.
    /// Workers and fonts load from blob: and data: URLs the IDE builds itself; its JSON-schema validator (ajv) compiles
    /// with <c>new Function</c>, hence 'unsafe-eval'.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; connect-src 'self'; script-src 'self' 'unsafe-eval' blob:; worker-src 'self' blob:; " +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'none'";

    private const string ConfigFileName = "/bcp-config.json";

    private readonly Lazy<byte[]> page = new(() => InjectBase(
        File.ReadAllText(Path.Combine(assetsDirectory, "index.html")), graphQLPath.Add(BananaCakePopApplicationBuilderExtensions.AssetsSegment) + "/"));

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && request.Path.StartsWithSegments(graphQLPath, out var rest))
        {
            if (rest.Value is null or "" or "/" && IsBrowserPageRequest(request))
            {
                await WritePageAsync(context);
                return;
            }

            if (rest.Value?.EndsWith(ConfigFileName, StringComparison.Ordinal) == true)
            {
                await context.Response.WriteAsJsonAsync(CreateConfiguration(), context.RequestAborted);
                return;
            }
        }

        await next(context);
    }

    /// <summary>A browser navigation: HTML accepted and no GraphQL parameters, so a GET query still reaches the endpoint.</summary>
    public static bool IsBrowserPageRequest(HttpRequest request) =>
        !request.Query.ContainsKey("query") && !request.Query.ContainsKey("sdl")
        && !request.Query.ContainsKey("id") && !request.Query.ContainsKey("documentId")
        && MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(m => m.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (m.Quality ?? 1) > 0);

    private BananaCakePopConfiguration CreateConfiguration() => new(
        Title: "CptGraph",
        Endpoint: graphQLPath.Value!,
        UseBrowserUrlAsEndpoint: true,
        DisableTelemetry: true,
        IncludeCookies: false);

    private async Task WritePageAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        await response.Body.WriteAsync(page.Value, context.RequestAborted);
    }

    private static byte[] InjectBase(string html, string baseHref)
    {
        const string head = "<head>";
        var at = html.IndexOf(head, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            throw new InvalidOperationException("The Banana Cake Pop index.html has no <head> element.");
        }

        return Encoding.UTF8.GetBytes(html.Insert(at + head.Length, $"<base href=\"{baseHref}\"/>"));
    }
}
