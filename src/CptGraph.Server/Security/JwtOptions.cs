namespace CptGraph.Server.Security;

/// <summary>
/// JWT bearer tokens (<c>Security:Jwt</c>), off unless <see cref="SigningKey"/> or <see cref="Authority"/> is set.
/// When on, a request without a valid API key needs <c>Authorization: Bearer &lt;token&gt;</c> on every transport.
/// </summary>
public sealed class JwtOptions
{
    public const string SectionName = "Security:Jwt";

    /// <summary>
    /// An OpenID Connect issuer whose discovery document (<c>/.well-known/openid-configuration</c>) names the signing
    /// keys; fetched over HTTPS unless <see cref="RequireHttpsMetadata"/> is false.
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>
    /// A key the tokens are checked with, without an authority: a PEM public key (RSA or EC, <c>-----BEGIN PUBLIC KEY-----</c>)
    /// for RS*/ES* tokens, or else a shared secret (its UTF-8 bytes, at least 32) for HS256 tokens.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>The <c>iss</c> every token must carry; required with <see cref="SigningKey"/>, the authority's by default.</summary>
    public string? Issuer { get; set; }

    /// <summary>The <c>aud</c> every token must carry (required).</summary>
    public string? Audience { get; set; }

    /// <summary>How far <c>exp</c> and <c>nbf</c> may be off the server's clock.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether the authority's metadata must come over HTTPS (false only for a local test issuer).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SigningKey) || !string.IsNullOrWhiteSpace(Authority);
}
