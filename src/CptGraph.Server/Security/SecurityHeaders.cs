namespace CptGraph.Server.Security;

/// <summary>
/// The headers every response carries (GraphQL answers, the IDE, the dashboard and their assets): no MIME sniffing,
/// no framing by other sites (clickjacking), no referrer leaking a query, and a content security policy that lets the
/// IDE and the dashboard load only their own scripts, styles and connections (Banana Cake Pop needs inline styles,
/// eval for its editor and blob workers; nothing comes from a CDN).
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; worker-src 'self' blob:; " +
        "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseCptGraphSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            var own = headers.ContentSecurityPolicy.ToString();
            if (string.IsNullOrEmpty(own))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }
            else if (!own.Contains("frame-ancestors", StringComparison.Ordinal))
            {
                // A handler with a stricter policy of its own (the dashboard's) keeps it, and is not framed either.
                headers.ContentSecurityPolicy = own.TrimEnd(';', ' ') + "; frame-ancestors 'none'";
            }

            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
