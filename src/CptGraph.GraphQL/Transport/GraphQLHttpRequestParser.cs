using System.Text;
using System.Text.Json;
using GraphQL;
using CptGraph.GraphQL.PersistedOperations;
using Microsoft.Net.Http.Headers;

namespace CptGraph.GraphQL.Transport;

/// <summary>
/// Reads a <see cref="GraphQLHttpRequest"/> from a POST body or a GET query string, checking each parameter's JSON
/// type itself: the GraphQL.NET reader would coerce a wrong type rather than reject it.
/// </summary>
public sealed class GraphQLHttpRequestParser(IGraphQLTextSerializer serializer)
{
    public async Task<GraphQLHttpRequest> ParseBodyAsync(HttpRequest request, long maxRequestSize, CancellationToken cancellationToken)
    {
        var encoding = GetBodyEncoding(request.ContentType);
        var body = await RequestBodyReader.ReadAsync(request, maxRequestSize, cancellationToken);
        if (body.Length == 0)
        {
            throw Invalid("The GraphQL request body is empty.");
        }

        if (encoding.CodePage != Encoding.UTF8.CodePage)
        {
            body = Encoding.Convert(encoding, Encoding.UTF8, body);
        }

        var json = RequestJson.WithoutBom(body);
        if (RequestJson.InvalidUtf8Offset(json.Span) is { } offset)
        {
            throw Invalid($"The GraphQL request body is not valid UTF-8 at byte {offset}.");
        }

        try
        {
            return FromParameters(RequestBodyScanner.Scan(json.Span));
        }
        catch (JsonException ex)
        {
            throw Invalid($"The GraphQL request body is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>
    /// Reads the request parameters of a JSON object already parsed (a WebSocket <c>subscribe</c> payload) with the same
    /// one-pass checks as a POST body: its text is small next to a body, and one scanner means one set of rules.
    /// </summary>
    public GraphQLHttpRequest ParseObject(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("The GraphQL request must be a JSON object.");
        }

        return FromParameters(RequestBodyScanner.Scan(Encoding.UTF8.GetBytes(root.GetRawText())));
    }

    private GraphQLHttpRequest FromParameters(RequestBodyScanner.Parameters parameters) => Create(
        parameters.Query,
        parameters.OperationName,
        InputsOf(parameters.Variables),
        InputsOf(parameters.Extensions),
        parameters.DocumentId ?? parameters.Id);

    public GraphQLHttpRequest ParseQueryString(IQueryCollection query)
    {
        return Create(
            Single(query, "query"),
            Single(query, "operationName"),
            ReadInputs(Single(query, "variables"), "variables"),
            ReadInputs(Single(query, "extensions"), "extensions"),
            Single(query, "documentId") ?? Single(query, "id"));
    }

    private static GraphQLHttpRequest Create(string? query, string? operationName, Inputs? variables, Inputs? extensions, string? documentId)
    {
        // An automatic persisted query may come as its hash alone; execution looks the document up.
        if (string.IsNullOrWhiteSpace(query) && string.IsNullOrWhiteSpace(documentId)
            && extensions?.ContainsKey(AutomaticPersistedQuery.ExtensionName) != true)
        {
            throw new GraphQLHttpRequestException(
                StatusCodes.Status400BadRequest,
                GraphQLErrorCodes.QueryAndIdMissing,
                "Either the parameter query or the parameter id has to be set.");
        }

        return new GraphQLHttpRequest(query, operationName, variables, extensions, documentId);
    }

    private static Encoding GetBodyEncoding(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphQLHttpRequestException(
                StatusCodes.Status415UnsupportedMediaType,
                GraphQLErrorCodes.RequestInvalid,
                $"The request content type must be {GraphQLMediaTypes.Json}.");
        }

        // The spec says to assume UTF-8 when no charset is given; .NET knows the other Unicode encodings and Latin-1.
        // UTF-7 is refused: .NET no longer supports it (GetEncoding throws NotSupportedException) and it hides markup.
        var charset = mediaType.Charset.Value?.Trim('"');
        if (string.IsNullOrEmpty(charset) || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8;
        }

        try
        {
            var encoding = Encoding.GetEncoding(charset);
            return encoding.CodePage == 65000 ? throw new NotSupportedException() : encoding;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw new GraphQLHttpRequestException(
                StatusCodes.Status415UnsupportedMediaType,
                GraphQLErrorCodes.RequestInvalid,
                $"The charset '{charset}' is not supported; send UTF-8.");
        }
    }

    private static JsonElement ParseJson(ReadOnlySpan<byte> json)
    {
        try
        {
            return RequestJson.ParseWhole(json);
        }
        catch (JsonException ex)
        {
            throw Invalid($"The GraphQL request body is not valid JSON: {ex.Message}");
        }
    }

    private Inputs? ReadInputs(string? json, string name)
    {
        if (json is null)
        {
            return null;
        }

        return ToInputs(ParseJson(Encoding.UTF8.GetBytes(json)), name);
    }

    private Inputs? InputsOf(string? jsonObject) => jsonObject is null ? null : serializer.Deserialize<Inputs>(jsonObject);

    private Inputs? ToInputs(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object => serializer.ReadNode<Inputs>(value),
        _ => throw Invalid($"The parameter '{name}' must be a JSON object."),
    };

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    private static GraphQLHttpRequestException Invalid(string message, bool concernsOperation = false) =>
        new(StatusCodes.Status400BadRequest, GraphQLErrorCodes.RequestInvalid, message) { ConcernsOperation = concernsOperation };
}
