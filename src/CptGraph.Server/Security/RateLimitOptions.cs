namespace CptGraph.Server.Security;

/// <summary>Per-client rate limiting, bound from <c>Security:RateLimit</c>; off unless <see cref="PermitsPerWindow"/> is set.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Security:RateLimit";

    /// <summary>Requests one client may make per window; 0 (the default) turns limiting off.</summary>
    public int PermitsPerWindow { get; set; }

    /// <summary>The fixed window the permits are counted in.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
