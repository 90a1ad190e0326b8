using System.Security.Cryptography;
using System.Text;
using CptGraph.GraphQL.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CptGraph.Server.Security;

/// <summary>
/// Configures ASP.NET Core's JWT bearer validation from <c>Security:Jwt</c> and plugs it into the engine's one access check
/// (<see cref="AccessAuthorizer"/>), so GET, POST, <c>?sdl</c>, introspection, SSE and WebSocket follow one switch. The
/// check validates the token itself, once per request or connection, which lets a WebSocket present its token in
/// <c>connection_init</c> after the upgrade.
/// </summary>
public static class JwtBearerAuthentication
{
    public static IServiceCollection AddCptGraphJwtBearer(this IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new JwtOptions();
        services.Configure<JwtOptions>(configuration.GetSection(JwtOptions.SectionName));
        if (!jwt.IsConfigured)
        {
            return services;
        }

        // A half-configured token check would admit or refuse for reasons nobody chose: refuse to start instead.
        if (string.IsNullOrWhiteSpace(jwt.Audience))
        {
            throw new InvalidOperationException($"{JwtOptions.SectionName}:Audience is required when JWT bearer tokens are configured.");
        }

        if (string.IsNullOrWhiteSpace(jwt.Authority) && string.IsNullOrWhiteSpace(jwt.Issuer))
        {
            throw new InvalidOperationException($"{JwtOptions.SectionName}:Issuer is required with {JwtOptions.SectionName}:SigningKey (there is no authority to name it).");
        }

        // The handler's options (and its post-configuration, which builds the authority's key retriever), not the
        // authentication scheme: a registered scheme would make ASP.NET Core add its middleware, which authenticates a
        // WebSocket at the upgrade, before the token arrives in connection_init, and caches that empty answer.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure(options =>
        {
            options.Authority = string.IsNullOrWhiteSpace(jwt.Authority) ? null : jwt.Authority;
            options.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidIssuer = string.IsNullOrWhiteSpace(jwt.Issuer) ? null : jwt.Issuer,
                ValidateAudience = true,
                ValidAudience = jwt.Audience,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                ClockSkew = jwt.ClockSkew,
                ValidateIssuerSigningKey = true,
                IssuerSigningKey = string.IsNullOrWhiteSpace(jwt.SigningKey) ? null : SigningKeyOf(jwt.SigningKey),
            };
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<JwtBearerOptions>, JwtBearerPostConfigureOptions>());
        services.AddSingleton<IBearerTokenAuthenticator, JwtBearerTokenAuthenticator>();
        return services;
    }

    private static SecurityKey SigningKeyOf(string text)
    {
        if (text.TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            return ImportPem<ECDsa>(ECDsa.Create(), text) is { } ec ? new ECDsaSecurityKey(ec)
                : ImportPem<RSA>(RSA.Create(), text) is { } rsa ? new RsaSecurityKey(rsa)
                : throw new InvalidOperationException($"{JwtOptions.SectionName}:SigningKey is neither an RSA nor an EC public key in PEM.");
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException($"{JwtOptions.SectionName}:SigningKey is a shared secret of {bytes.Length} bytes; HS256 needs at least 32.");
        }

        return new SymmetricSecurityKey(bytes);
    }

    private static T? ImportPem<T>(T algorithm, string pem)
        where T : AsymmetricAlgorithm
    {
        try
        {
            algorithm.ImportFromPem(pem);
            return algorithm;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            algorithm.Dispose();
            return null;
        }
    }
}
