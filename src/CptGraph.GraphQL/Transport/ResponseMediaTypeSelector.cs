using Microsoft.Net.Http.Headers;

namespace CptGraph.GraphQL.Transport;

/// <summary>Picks the response media type from the Accept header, as GraphQL-over-HTTP and Hot Chocolate do.</summary>
public static class ResponseMediaTypeSelector
{
    /// <exception cref="GraphQLHttpRequestException">406 (HC0063) when nothing acceptable is supported, 400 (HC0064) when Accept is malformed.</exception>
    public static string Select(IList<string>? accept, HttpTransportVersion version)
    {
        var wildcardChoice = version == HttpTransportVersion.Legacy ? GraphQLMediaTypes.Json : GraphQLMediaTypes.GraphQLResponse;
        if (accept is null || accept.Count == 0 || accept.All(string.IsNullOrWhiteSpace))
        {
            return wildcardChoice;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var mediaTypes))
        {
            throw new GraphQLHttpRequestException(
                StatusCodes.Status400BadRequest,
                GraphQLErrorCodes.InvalidAcceptHeaderValue,
                "Unable to parse the accept header value to a valid media type.");
        }

        // OrderByDescending is stable: among equal q-values the client's order decides.
        foreach (var mediaType in mediaTypes.Where(m => (m.Quality ?? 1) > 0).OrderByDescending(m => m.Quality ?? 1))
        {
            var choice = mediaType.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLMediaTypes.GraphQLResponse => GraphQLMediaTypes.GraphQLResponse,
                GraphQLMediaTypes.Json => GraphQLMediaTypes.Json,
                "*/*" or "application/*" => wildcardChoice,
                _ => null,
            };
            if (choice is not null)
            {
                return choice;
            }
        }

        throw new GraphQLHttpRequestException(
            StatusCodes.Status406NotAcceptable,
            GraphQLErrorCodes.NoSupportedAcceptMediaType,
            $"None of the accepted media types is supported; use {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
    }
}
