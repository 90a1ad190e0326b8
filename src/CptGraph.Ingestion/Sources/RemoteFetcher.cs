using System.Net;

namespace CptGraph.Ingestion.Sources;

/// <summary>
/// GET requests with bounded retries and exponential backoff, shared by streamed input files and remote
/// provider references. Transient failures (network errors, 408, 429, 5xx) are retried; any other answer is
/// final, so a 404 is reported at once.
/// </summary>
public sealed class RemoteFetcher(HttpClient client, RemoteFetchOptions options) : IDisposable
{
    public RemoteFetchOptions Options => options;

    /// <summary>Sends a GET (headers read, body not yet) and returns the first non-transient answer.</summary>
    /// <param name="configure">Adds headers such as Range to each attempt's request.</param>
    /// <exception cref="IngestionException">Every attempt failed at the network level.</exception>
    public async Task<HttpResponseMessage> GetAsync(Uri url, Action<HttpRequestMessage>? configure, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            configure?.Invoke(request);
            try
            {
                var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if (!IsTransient(response.StatusCode) || attempt >= options.MaxAttempts)
                {
                    return response;
                }

                response.Dispose();
            }
            catch (Exception e) when (IsNetworkFailure(e, cancellationToken))
            {
                if (attempt >= options.MaxAttempts)
                {
                    throw new IngestionException(url.AbsoluteUri, "HTTP", $"{e.Message} (after {attempt} attempts)", e);
                }
            }

            await Task.Delay(options.DelayAfter(attempt), cancellationToken);
        }
    }

    /// <summary>Waits out the backoff before a further attempt.</summary>
    public void Backoff(int attempt) => Thread.Sleep(options.DelayAfter(attempt));

    /// <summary>Disposes the client, which this fetcher owns.</summary>
    public void Dispose() => client.Dispose();

    internal static bool IsNetworkFailure(Exception e, CancellationToken cancellationToken) =>
        e is HttpRequestException or IOException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>The client every remote read uses: raw bytes (gzip is detected by magic bytes, never decoded by HTTP).</summary>
    public static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        AutomaticDecompression = DecompressionMethods.None,
        ConnectTimeout = TimeSpan.FromSeconds(30),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        DefaultRequestHeaders = { { "User-Agent", "CptGraph-ingest" } },
    };
}
