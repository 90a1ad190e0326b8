using CptGraph.GraphQL.Transport;
using GraphQL;

namespace CptGraph.GraphQL.PersistedOperations;

/// <summary>The <c>extensions.persistedQuery</c> of an automatic-persisted-query request: <c>{version: 1, sha256Hash}</c>.</summary>
public sealed record AutomaticPersistedQuery(string Hash)
{
    public const string ExtensionName = "persistedQuery";

    /// <returns>Null when the request has no such extension.</returns>
    /// <exception cref="ExecutionError">The extension is there but malformed.</exception>
    public static AutomaticPersistedQuery? From(Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue(ExtensionName, out var value) || value is null)
        {
            return null;
        }

        if (value is not IDictionary<string, object?> persistedQuery)
        {
            throw Invalid("extensions.persistedQuery must be an object {version: 1, sha256Hash}.");
        }

        if (!persistedQuery.TryGetValue("version", out var version) || version is not IConvertible convertible
            || convertible.ToInt32(System.Globalization.CultureInfo.InvariantCulture) != 1)
        {
            throw Invalid("extensions.persistedQuery.version must be 1.");
        }

        var hash = persistedQuery.TryGetValue("sha256Hash", out var given) && given is string text ? DocumentHash.Normalize(text) : null;
        return hash is null
            ? throw Invalid("extensions.persistedQuery.sha256Hash must be the hex SHA-256 of the document (64 hex digits).")
            : new AutomaticPersistedQuery(hash);
    }

    private static ExecutionError Invalid(string message) => new(message) { Code = GraphQLErrorCodes.PersistedQueryInvalid };
}
