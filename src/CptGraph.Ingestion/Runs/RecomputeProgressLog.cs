using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CptGraph.Ingestion.Runs;

/// <summary>
/// Log lines for the phase after the bytes are read — screening and rebuilding the touched distributions, which
/// takes minutes on a payer-sized file — at most once per <see cref="IngestProgressOptions.Interval"/> and once at
/// the end, so an unattended run never looks stuck.
/// </summary>
internal sealed class RecomputeProgressLog(string source, IngestProgressOptions options, ILogger logger) : IProgress<(int Done, int Total)>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastLogged;

    public void Report((int Done, int Total) value)
    {
        var elapsed = _clock.Elapsed;
        if (value.Done < value.Total && elapsed - _lastLogged < options.Interval)
        {
            return;
        }

        _lastLogged = elapsed;
        var rate = elapsed.TotalSeconds > 0 ? value.Done / elapsed.TotalSeconds : 0;
        var eta = rate > 0 ? TimeSpan.FromSeconds((value.Total - value.Done) / rate).ToString(@"hh\:mm\:ss") : "unknown";
        logger.LogInformation("Recomputing {Source}: {CodesDone} of {CodesTotal} codes, {CodesPerSecond:F0} codes/s, ETA {Eta}",
            source, value.Done, value.Total, rate, eta);
    }
}
