using System.Text.Json;
using System.Threading.RateLimiting;
using CptGraph.GraphQL.Security;
using CptGraph.GraphQL.Transport;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CptGraph.Server.Security;

/// <summary>
/// ASP.NET Core's rate limiter, one fixed window per client: the client is its API key when it sends one (so the keys
/// of a shared proxy are told apart), else its remote address. Every transport is counted (a WebSocket or SSE
/// connection once, when it opens). A refused request gets 429 with a coded GraphQL error and Retry-After.
/// </summary>
public static class ClientRateLimiting
{
    public const string RateLimitedCode = "RATE_LIMITED";

    public static IServiceCollection AddCptGraphRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.SectionName));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var options = OptionsOf(context);
                return options.PermitsPerWindow <= 0
                    ? RateLimitPartition.GetNoLimiter("off")
                    : RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.PermitsPerWindow,
                        Window = options.Window,
                        QueueLimit = 0,
                    });
            });
            limiter.OnRejected = (rejected, cancellationToken) =>
                WriteRejectedAsync(rejected.HttpContext, OptionsOf(rejected.HttpContext).Window, cancellationToken);
        });
        return services;
    }

    private static RateLimitOptions OptionsOf(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    private static string ClientOf(HttpContext context) =>
        context.Request.Headers[AccessAuthorizer.HeaderName].FirstOrDefault() is { Length: > 0 } key
            ? "key:" + key
            : "address:" + context.Connection.RemoteIpAddress;

    private static ValueTask WriteRejectedAsync(HttpContext context, TimeSpan window, CancellationToken cancellationToken)
    {
        context.Response.ContentType = $"{GraphQLMediaTypes.Json}; charset=utf-8";
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(window.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = JsonSerializer.Serialize(new
        {
            errors = new[] { new { message = "Too many requests from this client; try again after the Retry-After seconds.", extensions = new { code = RateLimitedCode } } },
        });
        return new ValueTask(context.Response.WriteAsync(body, cancellationToken));
    }
}
