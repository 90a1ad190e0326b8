using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CptGraph.Server.Telemetry;

/// <summary>
/// The server's console log: the same lines as ASP.NET Core's console logger (its formatter, chosen by
/// <c>Logging:Console:FormatterName</c>, its <c>Logging:Console</c> filters and stderr threshold), written by one thread
/// in batches every <see cref="BatchInterval"/> instead of one wake-up of the writer thread per line.
/// </summary>
/// <remarks>
/// Why: the stock console logger queues each line under a lock and pulses its writer thread (<c>Monitor.PulseAll</c>)
/// for every one, and the server logs a line per executed operation: on the API bench's reference page that queue was
/// 12 % of the server's busy CPU, its pulse alone 6 % (docs/benchmarks/2026-12-03-api-statements.md). Here a line is
/// formatted on the caller's thread into a lock-free queue; the writer drains it on a timer. A burst past
/// <see cref="MaxQueuedLines"/> lines is written by the logging thread itself (back-pressure, never a lost line), and
/// disposal (the host stopping) writes what is left.
/// </remarks>
[ProviderAlias("Console")]
internal sealed class BatchedConsoleLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    public static readonly TimeSpan BatchInterval = TimeSpan.FromMilliseconds(20);
    public const int MaxQueuedLines = 10_000;

    private readonly ConcurrentQueue<(bool ToError, string Text)> _lines = new();
    private readonly ConcurrentDictionary<string, BatchedConsoleLogger> _loggers = new(StringComparer.Ordinal);
    private readonly ConsoleFormatter _formatter;
    private readonly LogLevel _errorThreshold;
    private readonly StreamWriter _out = new(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false };
    private readonly StreamWriter _error = new(Console.OpenStandardError(), new UTF8Encoding(false), 16 * 1024) { AutoFlush = false };
    private readonly Lock _writeGate = new();
    private readonly ManualResetEventSlim _stopping = new();
    private readonly Thread _writer;

    public BatchedConsoleLoggerProvider(IOptionsMonitor<ConsoleLoggerOptions> options, IEnumerable<ConsoleFormatter> formatters)
    {
        var settings = options.CurrentValue;
        var name = settings.FormatterName ?? ConsoleFormatterNames.Simple;
        var known = formatters.ToList();
        _formatter = known.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? known.First(f => f.Name == ConsoleFormatterNames.Simple);
        _errorThreshold = settings.LogToStandardErrorThreshold;
        _writer = new Thread(WriteBatches) { IsBackground = true, Name = "console-log" };
        _writer.Start();
    }

    internal IExternalScopeProvider? ScopeProvider { get; private set; }

    internal ConsoleFormatter Formatter => _formatter;

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, static (name, self) => new BatchedConsoleLogger(name, self), this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => ScopeProvider = scopeProvider;

    internal void Enqueue(LogLevel level, string text)
    {
        _lines.Enqueue((level >= _errorThreshold, text));
        if (_lines.Count > MaxQueuedLines)
        {
            WriteQueued();
        }
    }

    public void Dispose()
    {
        _stopping.Set();
        _writer.Join();
        WriteQueued();
        _stopping.Dispose();
    }

    private void WriteBatches()
    {
        while (!_stopping.Wait(BatchInterval))
        {
            WriteQueued();
        }
    }

    private void WriteQueued()
    {
        lock (_writeGate)
        {
            bool wroteOut = false, wroteError = false;
            while (_lines.TryDequeue(out var line))
            {
                (line.ToError ? _error : _out).Write(line.Text);
                wroteOut |= !line.ToError;
                wroteError |= line.ToError;
            }

            try
            {
                if (wroteOut)
                {
                    _out.Flush();
                }

                if (wroteError)
                {
                    _error.Flush();
                }
            }
            catch (IOException)
            {
                // A closed stdout (the reader went away) must not take the server down; the lines are gone either way.
            }
        }
    }
}
