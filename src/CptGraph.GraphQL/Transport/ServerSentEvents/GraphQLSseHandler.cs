using System.Text;
using System.Threading.Channels;
using CptGraph.GraphQL.Live;
using GraphQL;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CptGraph.GraphQL.Transport.ServerSentEvents;

/// <summary>
/// GraphQL over Server-Sent Events, graphql-sse's "distinct connections" mode: one request per operation with
/// <c>Accept: text/event-stream</c>; each result is a <c>next</c> event (with <c>id:</c> = its event id, so a
/// reconnect sends <c>Last-Event-ID</c>), the end a <c>complete</c> event. Results wait in a bounded queue; a
/// client that lets it fill is disconnected and resumes with <c>Last-Event-ID</c>.
/// </summary>
public sealed class GraphQLSseHandler(
    GraphQLOperationRunner runner, IGraphQLTextSerializer serializer, ILiveConnectionAuthorizer authorizer,
    LiveConnectionLimiter limiter, IOptions<LiveOptions> options, IOptions<GraphQLHttpOptions> httpOptions)
{
    public const string MediaType = "text/event-stream";

    private readonly GraphQLHttpRequestParser _parser = new(serializer);
    private readonly GraphQLResponseWriter _writer = new(serializer);

    /// <summary>True when the client accepts an event stream and not a JSON response first.</summary>
    public static bool Accepts(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.OrderByDescending(m => m.Quality ?? 1).FirstOrDefault() is { } preferred
        && preferred.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase);

    public async Task HandleAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        var access = await authorizer.AuthorizeAsync(context, null, aborted);
        if (!access.Admitted)
        {
            await LiveTransportErrors.WriteRefusedAsync(context, access);
            return;
        }

        using var lease = limiter.TryAcquire();
        if (lease is null)
        {
            await LiveTransportErrors.WriteConnectionLimitAsync(context);
            return;
        }

        GraphQLHttpRequest request;
        try
        {
            request = HttpMethods.IsGet(context.Request.Method)
                ? _parser.ParseQueryString(context.Request.Query)
                : await _parser.ParseBodyAsync(context.Request, httpOptions.Value.MaxRequestSize, aborted);
        }
        catch (GraphQLHttpRequestException ex)
        {
            await _writer.WriteErrorAsync(context.Response, ex, GraphQLMediaTypes.Json, aborted);
            return;
        }

        using var dropped = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var live = new LiveRequest
        {
            LastEventId = LiveRequest.ParseEventId(context.Request.Headers["Last-Event-ID"].FirstOrDefault())
                ?? GraphQLOperationRunner.LastEventId(request),
            Dropped = _ => CancelQuietly(dropped),
        };

        // Validation errors too go out as a next event on the accepted stream, as graphql-sse's protocol requires.
        var result = await runner.ExecuteAsync(request, context, live, Telemetry.GraphQLTransport.Sse, aborted);
        await StreamAsync(context, result, dropped.Token);
    }

    private async Task StreamAsync(HttpContext context, ExecutionResult result, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = $"{MediaType}; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.Body.FlushAsync(cancellationToken);

        var events = Channel.CreateBounded<string>(options.Value.ConnectionSendBuffer);
        using var subscription = result.Streams is { Count: > 0 } streams
            ? streams.Values.First().Subscribe(new Observer(this, events))
            : null;
        if (subscription is null)
        {
            events.Writer.TryWrite(Next(result));
            events.Writer.TryComplete();
        }

        try
        {
            await foreach (var text in events.Reader.ReadAllAsync(cancellationToken))
            {
                await response.WriteAsync(text, Encoding.UTF8, cancellationToken);
                await response.Body.FlushAsync(cancellationToken);
            }

            await response.WriteAsync("event: complete\ndata:\n\n", Encoding.UTF8, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client left, or fell too far behind and is dropped: it reconnects with Last-Event-ID.
        }
        catch (ChannelClosedException)
        {
            // The queue overflowed (see Observer): end the response so the client reconnects and resumes.
        }
    }

    // A subscriber may overflow just as the response ends and its cancellation source is disposed.
    private static void CancelQuietly(CancellationTokenSource cancellation)
    {
        try
        {
            cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private string Next(ExecutionResult result)
    {
        var id = result.Extensions?.TryGetValue("eventId", out var eventId) == true ? $"id: {eventId}\n" : "";
        return $"{id}event: next\ndata: {serializer.Serialize(result)}\n\n";
    }

    private sealed class Observer(GraphQLSseHandler handler, Channel<string> events) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (!events.Writer.TryWrite(handler.Next(value)))
            {
                events.Writer.TryComplete(new ChannelClosedException("The client let its event queue fill."));
            }
        }

        public void OnError(Exception error) => events.Writer.TryComplete();

        public void OnCompleted() => events.Writer.TryComplete();
    }
}
