using System.Security.Claims;
using CptGraph.GraphQL.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CptGraph.Server.Security;

/// <summary>
/// Validates a bearer token as ASP.NET Core's JWT bearer handler does (its token handlers, its parameters, the authority's
/// keys when one is configured) and says, in words a client can act on, why a token was refused.
/// </summary>
internal sealed class JwtBearerTokenAuthenticator(IOptionsMonitor<JwtBearerOptions> monitor) : IBearerTokenAuthenticator
{
    public bool IsConfigured => true;

    public async Task<BearerTokenResult> AuthenticateAsync(HttpContext context, string? presentedToken)
    {
        var token = presentedToken ?? HeaderToken(context.Request);
        if (string.IsNullOrEmpty(token))
        {
            return BearerTokenResult.NoToken;
        }

        var options = monitor.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is { } authority)
        {
            try
            {
                var configuration = await authority.GetConfigurationAsync(context.RequestAborted);
                parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], configuration.Issuer];
                parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. configuration.SigningKeys];
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return BearerTokenResult.Refused($"the authority's signing keys could not be fetched ({e.GetType().Name})");
            }
        }

        Exception? failure = null;
        foreach (var handler in options.TokenHandlers)
        {
            var result = await handler.ValidateTokenAsync(token, parameters);
            if (result.IsValid)
            {
                return BearerTokenResult.Valid(new ClaimsPrincipal(result.ClaimsIdentity));
            }

            failure ??= result.Exception;
        }

        return BearerTokenResult.Refused(Describe(failure));
    }

    private static string? HeaderToken(HttpRequest request) =>
        request.Headers.Authorization.FirstOrDefault() is { } value && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? value["Bearer ".Length..].Trim()
            : null;

    private static string Describe(Exception? failure) => failure switch
    {
        SecurityTokenExpiredException expired => $"it expired at {expired.Expires:yyyy-MM-dd HH:mm:ss} UTC",
        SecurityTokenNotYetValidException early => $"it is not valid before {early.NotBefore:yyyy-MM-dd HH:mm:ss} UTC",
        SecurityTokenInvalidAudienceException => "its audience (aud) is not the one this server accepts",
        SecurityTokenInvalidIssuerException => "its issuer (iss) is not the one this server accepts",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "its signature does not verify",
        SecurityTokenNoExpirationException => "it has no expiry (exp)",
        SecurityTokenMalformedException or ArgumentException => "it is not a well-formed JWT",
        _ => "it is not valid",
    };
}
