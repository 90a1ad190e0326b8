using System.Security.Cryptography;
using System.Text;

namespace CptGraph.GraphQL.PersistedOperations;

/// <summary>Document ids are the lower-case hex SHA-256 of the document's UTF-8 text (Hot Chocolate's Sha256 provider, hex).</summary>
public static class DocumentHash
{
    public static string Of(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>Accepts <c>abc…</c> and <c>sha256:abc…</c> in either case; returns the bare lower-case hash, or null when it is not one.</summary>
    public static string? Normalize(string id)
    {
        var hash = id.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? id["sha256:".Length..] : id;
        return hash.Length == 64 && hash.All(char.IsAsciiHexDigit) ? hash.ToLowerInvariant() : null;
    }
}
