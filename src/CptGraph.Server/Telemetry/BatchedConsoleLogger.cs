using Microsoft.Extensions.Logging.Abstractions;

namespace CptGraph.Server.Telemetry;

/// <summary>One category's logger of <see cref="BatchedConsoleLoggerProvider"/>: formats on the caller's thread, queues the text.</summary>
internal sealed class BatchedConsoleLogger(string category, BatchedConsoleLoggerProvider provider) : ILogger
{
    // Reused per thread: a line's text is the only allocation a log call keeps.
    [ThreadStatic]
    private static StringWriter? t_writer;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider.ScopeProvider?.Push(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var writer = t_writer ??= new StringWriter();
        var entry = new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter);
        provider.Formatter.Write(in entry, provider.ScopeProvider, writer);
        var text = writer.GetStringBuilder();
        if (text.Length == 0)
        {
            return;
        }

        provider.Enqueue(logLevel, text.ToString());
        text.Clear();
        if (text.Capacity > 64 * 1024)
        {
            t_writer = null; // one huge line (an exception's stack) does not pin its buffer on the thread
        }
    }
}
