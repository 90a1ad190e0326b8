using System.Globalization;
using System.Text.RegularExpressions;

namespace CptGraph.Server.Tests.Health;

/// <summary>Reading counters of <c>/metrics</c> in tests: a scrape past the exporter's cache, one series' value.</summary>
public static class MetricsScrape
{
    // The exporter answers from a cache it refreshes at most every 300 ms: past that a scrape is taken now.
    private static readonly TimeSpan ScrapeCache = TimeSpan.FromMilliseconds(500);

    public static async Task<string> FreshAsync(HttpClient client)
    {
        await Task.Delay(ScrapeCache);
        using var response = await client.GetAsync("/metrics");
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The value of counter <paramref name="metric"/>'s series with <paramref name="label"/>="<paramref name="value"/>", or null when the scrape has none.</summary>
    public static long? Counter(string scrape, string metric, string label, string value)
    {
        var match = Regex.Match(scrape, $@"^{metric}(?:_total)?\{{[^}}]*{label}=""{value}""[^}}]*\}} (\d+)", RegexOptions.Multiline);
        return match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }
}
