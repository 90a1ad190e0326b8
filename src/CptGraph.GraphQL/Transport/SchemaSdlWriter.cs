using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Types;

namespace CptGraph.GraphQL.Transport;

/// <summary>Answers <c>GET /graphql?sdl</c> with the printed schema, cached with an ETag since the schema never changes at run time.</summary>
public sealed class SchemaSdlWriter(ISchema schema)
{
    private readonly Lazy<(byte[] Sdl, string ETag)> printed = new(() =>
    {
        var sdl = Encoding.UTF8.GetBytes(schema.Print());
        return (sdl, $"\"{Convert.ToHexStringLower(SHA256.HashData(sdl))[..32]}\"");
    });

    public async Task WriteAsync(HttpContext context)
    {
        var (sdl, etag) = printed.Value;
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = $"{GraphQLMediaTypes.PlainText}; charset=utf-8";
        context.Response.ContentLength = sdl.Length;
        await context.Response.Body.WriteAsync(sdl, context.RequestAborted);
    }
}
