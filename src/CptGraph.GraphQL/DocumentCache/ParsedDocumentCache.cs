using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CptGraph.GraphQL.DocumentCache;

/// <summary>
/// Keeps parsed documents that passed validation, keyed by their text, so a repeated query is neither parsed nor
/// validated again: on a hit only the rules registered for cached documents run (the cost rule, whose result
/// depends on the variables). GraphQL.NET's own cache lives in GraphQL.MemoryCache, which our registry does not serve.
/// </summary>
public sealed class ParsedDocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache cache;
    private long hits;
    private long misses;

    public ParsedDocumentCache(IOptions<DocumentCacheOptions> options)
    {
        cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.MaxBytes, TrackStatistics = true });
    }

    /// <summary>
    /// What one cached document is charged: its text (UTF-16, the parsed tree's source) and its tree, at a deliberately
    /// high 22 bytes per character (the tree of a field-dense document is about 10) plus a fixed 1 KB for the entry.
    /// </summary>
    public static long EstimatedBytes(string query) => (24L * query.Length) + 1024;

    /// <summary>The bytes charged for the documents currently kept.</summary>
    public long CurrentBytes => cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>After the persisted-operation lookup (100), which may supply the text.</summary>
    public float SortOrder => 200;

    /// <summary>Requests answered from the cache, for tests and diagnostics.</summary>
    public long Hits => Interlocked.Read(ref hits);

    /// <summary>Requests whose document had to be parsed and validated.</summary>
    public long Misses => Interlocked.Read(ref misses);

    public bool TryGet(string query, out GraphQLDocument? document) => cache.TryGetValue(query, out document);

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Query is not { } query)
        {
            return await next(options);
        }

        // The GET transport parses the document itself to check the operation kind, taking it from here when it can.
        var cached = TryGet(query, out var document) && (options.Document is null || ReferenceEquals(options.Document, document));
        if (cached)
        {
            Interlocked.Increment(ref hits);
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }

        Interlocked.Increment(ref misses);
        var result = await next(options);
        if (result.Executed && result.Document is { } validated)
        {
            cache.Set(query, validated, new MemoryCacheEntryOptions { Size = EstimatedBytes(query) });
        }

        return result;
    }

    public void Dispose() => cache.Dispose();
}
