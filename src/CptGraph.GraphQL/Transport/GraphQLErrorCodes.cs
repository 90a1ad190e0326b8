namespace CptGraph.GraphQL.Transport;

/// <summary>Hot Chocolate's error codes (<c>ErrorCodes</c>), so clients written against it keep working.</summary>
public static class GraphQLErrorCodes
{
    public const string RequestInvalid = "HC0009";
    public const string MaxRequestSize = "HC0010";
    public const string SyntaxError = "HC0011";
    public const string QueryAndIdMissing = "HC0013";
    public const string PersistedOperationNotFound = "HC0020";
    public const string ExecutionTimeout = "HC0045";
    public const string IntrospectionNotAllowed = "HC0046";
    public const string MaxCostExceeded = "HC0047";
    public const string NoSupportedAcceptMediaType = "HC0063";
    public const string InvalidAcceptHeaderValue = "HC0064";
    public const string OnlyPersistedOperationsAllowed = "HC0067";

    /// <summary>Hot Chocolate answers a mutation over GET with 405 but no code; this one is ours.</summary>
    public const string OperationKindNotAllowed = "OPERATION_KIND_NOT_ALLOWED";

    /// <summary>Hot Chocolate reports the depth limit without a code (only its extensions); this one is ours.</summary>
    public const string MaxExecutionDepth = "MAX_EXECUTION_DEPTH";

    /// <summary>Ours: Hot Chocolate has no alias limit.</summary>
    public const string MaxAliasCount = "MAX_ALIAS_COUNT";

    /// <summary>Ours: the document text is longer than allowed (checked before parsing).</summary>
    public const string MaxDocumentSize = "MAX_DOCUMENT_SIZE";

    /// <summary>Ours: the document has more lexical tokens than allowed (checked before parsing).</summary>
    public const string MaxTokenCount = "MAX_TOKEN_COUNT";

    /// <summary>Ours: an automatic persisted query whose hash is not the SHA-256 of the document sent with it.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>Ours: <c>extensions.persistedQuery</c> is malformed (version other than 1, no sha256Hash).</summary>
    public const string PersistedQueryInvalid = "PERSISTED_QUERY_INVALID";

    /// <summary>Ours: an <c>order:</c> list with more entries than allowed.</summary>
    public const string MaxSortEntries = "MAX_SORT_ENTRIES";

    /// <summary>Ours: a <c>where:</c> with more <c>and</c>/<c>or</c> terms than allowed.</summary>
    public const string MaxFilterTerms = "MAX_FILTER_TERMS";

    /// <summary>Ours: an <c>in</c>/<c>nin</c> list with more values than allowed.</summary>
    public const string MaxInValues = "MAX_IN_VALUES";

    /// <summary>Hot Chocolate's code for more ids than <c>nodes(ids:)</c> takes at once.</summary>
    public const string MaxNodeBatchSize = "HC0076";

    /// <summary>Ours: the search text is longer than allowed.</summary>
    public const string SearchTextTooLong = "SEARCH_TEXT_TOO_LONG";

    /// <summary>Ours: a failure the server did not foresee; the answer still has a body and the log has the details.</summary>
    public const string UnexpectedError = "UNEXPECTED_ERROR";

    /// <summary>Ours: a WebSocket opened from a page of another origin than the server's or <c>Live:AllowedOrigins</c>.</summary>
    public const string OriginNotAllowed = "ORIGIN_NOT_ALLOWED";
}
