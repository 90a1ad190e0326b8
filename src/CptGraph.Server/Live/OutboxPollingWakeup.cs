using CptGraph.GraphQL.Live;
using Microsoft.Extensions.Options;

namespace CptGraph.Server.Live;

/// <summary>SQLite has no notifications between processes: the tail reads every <see cref="LiveOptions.PollInterval"/>.</summary>
public sealed class OutboxPollingWakeup(IOptions<LiveOptions> options) : IOutboxWakeup, IDisposable
{
    private readonly PeriodicTimer _timer = new(options.Value.PollInterval);

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (!await _timer.WaitForNextTickAsync(cancellationToken))
        {
            throw new ObjectDisposedException(nameof(OutboxPollingWakeup));
        }
    }

    public void Dispose() => _timer.Dispose();
}
