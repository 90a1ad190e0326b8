namespace CptGraph.Server.Transport;

/// <summary>Hot Chocolate's server error codes (<c>ErrorCodes.Server</c>), so clients written against it keep working.</summary>
public static class GraphQLErrorCodes
{
    public const string RequestInvalid = "HC0009";
    public const string MaxRequestSize = "HC0010";
    public const string SyntaxError = "HC0011";
    public const string QueryAndIdMissing = "HC0013";
    public const string NoSupportedAcceptMediaType = "HC0063";
    public const string InvalidAcceptHeaderValue = "HC0064";

    /// <summary>Hot Chocolate answers a mutation over GET with 405 but no code; this one is ours.</summary>
    public const string OperationKindNotAllowed = "OPERATION_KIND_NOT_ALLOWED";
}
