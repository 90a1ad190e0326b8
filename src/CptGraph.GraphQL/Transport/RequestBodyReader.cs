using System.Buffers;

namespace CptGraph.GraphQL.Transport;

/// <summary>Reads a request body whole, refusing it with 413 (HC0010) as soon as it passes the size limit.</summary>
public static class RequestBodyReader
{
    public static async Task<byte[]> ReadAsync(HttpRequest request, long maxRequestSize, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxRequestSize)
        {
            throw TooLarge(maxRequestSize);
        }

        // Kestrel's own limit (30 MB by default) would otherwise cut in first, or not at all when ours is larger.
        var sizeFeature = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = maxRequestSize + 1;
        }

        using var body = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (body.Length + read > maxRequestSize)
                {
                    throw TooLarge(maxRequestSize);
                }

                body.Write(buffer, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(maxRequestSize);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return body.ToArray();
    }

    private static GraphQLHttpRequestException TooLarge(long maxRequestSize) => new(
        StatusCodes.Status413PayloadTooLarge,
        GraphQLErrorCodes.MaxRequestSize,
        $"The GraphQL request is larger than the allowed {maxRequestSize} bytes.");
}
