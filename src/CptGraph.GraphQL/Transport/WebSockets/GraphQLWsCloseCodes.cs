namespace CptGraph.GraphQL.Transport.WebSockets;

/// <summary>The close codes of the graphql-transport-ws protocol (PROTOCOL.md of graphql-ws), plus the ones CptGraph adds.</summary>
public static class GraphQLWsCloseCodes
{
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>RFC 6455 "Try Again Later": the client let its buffer fill, or the server is full; it reconnects and resumes.</summary>
    public const int TryAgainLater = 1013;
}
