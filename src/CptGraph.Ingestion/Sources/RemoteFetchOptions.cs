namespace CptGraph.Ingestion.Sources;

/// <summary>How hard to try a remote file: attempts per request (or per dropped connection) and the backoff between them.</summary>
/// <param name="MaxAttempts">Tries per request, the first included; also resumes per dropped connection.</param>
/// <param name="BaseDelay">The wait after the first failure; it doubles after each further one.</param>
/// <param name="MaxConcurrentFetches">Remote provider-reference files fetched at the same time.</param>
/// <param name="ReadTimeout">
/// How long a download may deliver nothing before it counts as dropped (and is resumed): a stalled connection
/// would otherwise hang an unattended run for ever, since HTTP has no body timeout of its own.
/// </param>
public sealed record RemoteFetchOptions(int MaxAttempts, TimeSpan BaseDelay, int MaxConcurrentFetches, TimeSpan ReadTimeout)
{
    public static RemoteFetchOptions Default { get; } = new(4, TimeSpan.FromMilliseconds(500), 8, TimeSpan.FromSeconds(60));

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1 (exponential backoff).</summary>
    public TimeSpan DelayAfter(int attempt) => BaseDelay * Math.Pow(2, attempt - 1);
}
