using CptGraph.GraphQL.DocumentCache;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.Transport;

/// <summary>The GraphQL-over-HTTP endpoint: GET and POST in, application/graphql-response+json or application/json out.</summary>
public sealed partial class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    ISchema schema,
    IOptions<GraphQLHttpOptions> options,
    ParsedDocumentCache documentCache,
    ServerSentEvents.GraphQLSseHandler sse,
    Security.AccessAuthorizer accessAuthorizer,
    Telemetry.GraphQLOperationRecorder recorder,
    ILogger<GraphQLHttpHandler> logger)
{
    private const string AllowedMethods = "GET, POST";

    private readonly GraphQLHttpRequestParser parser = new(serializer);
    private readonly GraphQLResponseWriter writer = new(serializer);
    private readonly SchemaSdlWriter sdlWriter = new(schema);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        var isGet = HttpMethods.IsGet(request.Method);
        var access = await accessAuthorizer.AuthorizeRequestAsync(context);
        if (!access.Admitted)
        {
            // Before anything is parsed or the schema printed: with keys or tokens configured, introspection and ?sdl need one too.
            LogRefused(request.Method, StatusCodes.Status401Unauthorized, access.Code!, access.Reason!);
            await LiveTransportErrors.WriteRefusedAsync(context, access);
            return;
        }

        if (isGet && options.Value.EnableSchemaRequests && request.Query.ContainsKey("sdl"))
        {
            await sdlWriter.WriteAsync(context);
            return;
        }

        if ((isGet || HttpMethods.IsPost(request.Method)) && ServerSentEvents.GraphQLSseHandler.Accepts(request))
        {
            await sse.HandleAsync(context);
            return;
        }

        // Errors found before the Accept header is read go out as application/json, which every client reads.
        var mediaType = GraphQLMediaTypes.Json;
        try
        {
            if (!isGet && !HttpMethods.IsPost(request.Method))
            {
                throw new GraphQLHttpRequestException(
                    StatusCodes.Status405MethodNotAllowed,
                    GraphQLErrorCodes.RequestInvalid,
                    $"The method {request.Method} is not allowed; use GET or POST.",
                    AllowedMethods);
            }

            mediaType = ResponseMediaTypeSelector.Select(request.Headers.Accept, options.Value.TransportVersion);
            var graphQLRequest = isGet
                ? parser.ParseQueryString(request.Query)
                : await parser.ParseBodyAsync(request, options.Value.MaxRequestSize, cancellationToken);
            var document = isGet ? HttpGetOperationGuard.Check(graphQLRequest.Query, graphQLRequest.OperationName, documentCache) : null;

            var result = await ExecuteAsync(context, graphQLRequest, document);
            if (result.Streams is { Count: > 0 })
            {
                // A subscription has no single JSON answer: it needs an event stream or a WebSocket.
                throw new GraphQLHttpRequestException(
                    StatusCodes.Status406NotAcceptable,
                    GraphQLErrorCodes.NoSupportedAcceptMediaType,
                    "A subscription needs Accept: text/event-stream (GraphQL over SSE) or a graphql-transport-ws WebSocket.");
            }

            await writer.WriteAsync(context.Response, result, mediaType, cancellationToken);
            LogExecuted(graphQLRequest.OperationName, context.Response.StatusCode, result.Errors?.Count ?? 0);
        }
        catch (GraphQLHttpRequestException ex)
        {
            LogRefused(request.Method, ex.StatusCode, ex.Code, ex.Message);
            await writer.WriteErrorAsync(context.Response, ex, mediaType, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogAborted();
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            // Never an empty 500: the client learns something failed, the log says what.
            LogFailed(ex);
            await writer.WriteErrorAsync(context.Response, new GraphQLHttpRequestException(
                StatusCodes.Status500InternalServerError, GraphQLErrorCodes.UnexpectedError, "The request failed unexpectedly."), mediaType, cancellationToken);
        }
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest request, GraphQLParser.AST.GraphQLDocument? document)
    {
        var userContext = new Dictionary<string, object?>();
        OperationCostReport.Prepare(context.Request, userContext);
        using var activity = Telemetry.GraphQLTelemetry.Start();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            DocumentId = request.DocumentId,
            UserContext = userContext,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
        });

        foreach (var error in result.Errors?.OfType<SyntaxError>() ?? [])
        {
            error.Code = GraphQLErrorCodes.SyntaxError;
        }

        OperationCostReport.AddTo(result, context.Request, userContext);
        recorder.Record(activity, result, System.Diagnostics.Stopwatch.GetElapsedTime(started), Telemetry.GraphQLTransport.Http, userContext);
        return result;
    }
}
