namespace CptGraph.GraphQL.Ide;

/// <summary>The IDE reads these settings from <c>bcp-config.json</c> next to the page it was loaded from.</summary>
public sealed record BananaCakePopConfiguration(
    string Title,
    string Endpoint,
    bool UseBrowserUrlAsEndpoint,
    bool DisableTelemetry,
    bool IncludeCookies);
