using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CptGraph.Server.Tests.Security;

/// <summary>JWTs the tests sign themselves: the server is configured with <see cref="Secret"/> (HS256) or <see cref="RsaPublicKeyPem"/> (RS256).</summary>
internal static class TestTokens
{
    public const string Issuer = "https://issuer.cptgraph.test";
    public const string Audience = "cptgraph-api";
    public const string Secret = "a-shared-test-secret-that-is-longer-than-32-bytes";
    public const string OtherSecret = "another-shared-secret-nobody-configured-anywhere!";

    private static readonly RSA Rsa = RSA.Create(2048);

    public static string RsaPublicKeyPem { get; } = Rsa.ExportSubjectPublicKeyInfoPem();

    public static string Valid() => Hs256(Secret, Audience, DateTime.UtcNow.AddMinutes(10));

    /// <summary>Expired ten minutes ago, well past the server's 30-second clock skew.</summary>
    public static string Expired() => ExpiredAt(DateTime.UtcNow.AddMinutes(-10));

    public static string ExpiredAt(DateTime expires) => Hs256(Secret, Audience, expires);

    public static string WrongAudience() => Hs256(Secret, "some-other-api", DateTime.UtcNow.AddMinutes(10));

    public static string WrongSignature() => Hs256(OtherSecret, Audience, DateTime.UtcNow.AddMinutes(10));

    public static string Rs256(DateTime expires) =>
        Sign(new SigningCredentials(new RsaSecurityKey(Rsa), SecurityAlgorithms.RsaSha256), Audience, expires);

    private static string Hs256(string secret, string audience, DateTime expires) =>
        Sign(new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)), SecurityAlgorithms.HmacSha256), audience, expires);

    private static string Sign(SigningCredentials credentials, string audience, DateTime expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", "analyst-7")]),
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            SigningCredentials = credentials,
        });
}
