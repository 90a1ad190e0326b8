using Microsoft.Extensions.Logging;

namespace CptGraph.Ingestion.Runs;

/// <summary>
/// Progress as structured log lines every <see cref="IngestProgressOptions.Interval"/> and once at the end:
/// what CI, containers and cron jobs get, where a redrawn bar would be noise.
/// </summary>
public sealed class LogProgressDisplay(IngestProgressOptions options, ILogger<LogProgressDisplay> logger) : IIngestProgressDisplay
{
    public IDisposable Show(IngestProgress progress) => new Reporter(progress, options.Interval, logger);

    private sealed class Reporter : IDisposable
    {
        private readonly IngestProgress _progress;
        private readonly ILogger _logger;
        private readonly Timer _timer;

        public Reporter(IngestProgress progress, TimeSpan interval, ILogger logger)
        {
            _progress = progress;
            _logger = logger;
            _timer = new Timer(_ => Log(), null, interval, interval);
        }

        public void Dispose()
        {
            _timer.Dispose();
            Log();
        }

        private void Log()
        {
            var p = _progress;
            _logger.LogInformation(
                "Progress {Source}: {BytesRead} of {TotalBytes} bytes ({Percent}), {MegabytesPerSecond:F1} MB/s, ETA {Eta}, {RowsKept} observations kept",
                p.Source, p.BytesRead, p.TotalBytes, p.Fraction is { } f ? (f * 100).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + "%" : "unknown", p.BytesPerSecond / 1e6,
                p.Eta is { } eta ? eta.ToString(@"hh\:mm\:ss") : "unknown", p.RowsKept);
        }
    }
}
