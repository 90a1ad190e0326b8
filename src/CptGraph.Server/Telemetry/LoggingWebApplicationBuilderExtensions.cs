using System.Text.Encodings.Web;
using Microsoft.Extensions.Logging.Console;

namespace CptGraph.Server.Telemetry;

public static class LoggingWebApplicationBuilderExtensions
{
    /// <summary>
    /// The server's console log: the formatter is configuration's (<c>Logging:Console:FormatterName</c>: <c>json</c> in
    /// appsettings.json, <c>simple</c> in appsettings.Development.json), and every line carries the current trace and
    /// span ids as a scope, so a log line joins its trace even with no tracing SDK (ASP.NET Core starts each request's
    /// activity from its <c>traceparent</c> whenever logging is on).
    /// </summary>
    public static WebApplicationBuilder AddCptGraphLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        // The default encoder writes '>' or '…' as \u escapes; the log is read by people and grep too.
        builder.Services.Configure<JsonConsoleFormatterOptions>(options =>
            options.JsonWriterOptions = options.JsonWriterOptions with { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return builder;
    }
}
