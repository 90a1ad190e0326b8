using System.Runtime;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace CptGraph.Server.Health;

/// <summary>
/// Gives memory back after a burst of large requests. The GC keeps what a storm of multi-megabyte documents made it
/// commit: the large-object heap is never compacted on its own and free regions stay committed, so the hostile suite
/// left a 206 MB server at ~700 MB RSS with ~30 MB live. Every <see cref="MemorySettleOptions.Interval"/> this looks at
/// the last collection; when more than <see cref="MemorySettleOptions.MinReclaimableBytes"/> is committed but unused it
/// runs one aggressive (compacting, decommitting) collection and asks glibc to return its free pages too (SQLite and the
/// runtime allocate natively). At most one such pause (tens of ms on this heap) per interval, and none while idle and small.
/// The last collection's figures go stale when the server falls idle right after a storm: the large buffers of the last
/// requests (a request body's MemoryStream doubles up to 16 MiB) die on the large-object heap, which only a full
/// collection looks at, and none comes while nothing is allocated, so CI once saw 130 MB of dead arrays kept for good.
/// So the first quiet interval (under a sixteenth of the threshold allocated) after the threshold or more was allocated
/// since the last settle settles once too.
/// </summary>
public sealed partial class MemorySettler(IOptions<MemorySettleOptions> options, ILogger<MemorySettler> logger) : BackgroundService
{
    // The heap is the process's: several hosts in one process (tests) settle it once per interval between them.
    private static long s_lastSettled; // Environment.TickCount64 of the last settle; 0: never
    private static long s_allocatedAtSettle; // GC.GetTotalAllocatedBytes at the last settle
    private static long s_allocatedAtTick; // GC.GetTotalAllocatedBytes at the last look

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Interval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                SettleIfWorthIt();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Committed heap the last collection found no live object in: what a compacting collection can give back.</summary>
    public static long ReclaimableBytes()
    {
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        return Math.Max(0, info.TotalCommittedBytes - (info.HeapSizeBytes - info.FragmentedBytes));
    }

    private void SettleIfWorthIt()
    {
        var threshold = options.Value.MinReclaimableBytes;
        var reclaimable = ReclaimableBytes();
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var sinceLastLook = allocated - Interlocked.Exchange(ref s_allocatedAtTick, allocated);
        var quietAfterBurst = sinceLastLook < threshold / 16 && allocated - Interlocked.Read(ref s_allocatedAtSettle) >= threshold;
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref s_lastSettled);
        if ((reclaimable < threshold && !quietAfterBurst)
            || (last != 0 && now - last < (long)options.Value.Interval.TotalMilliseconds)
            || Interlocked.CompareExchange(ref s_lastSettled, now, last) != last)
        {
            return;
        }

        var before = Environment.WorkingSet;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        TrimNativeHeap();
        Interlocked.Exchange(ref s_allocatedAtSettle, GC.GetTotalAllocatedBytes(precise: false));
        var heap = GC.GetGCMemoryInfo(GCKind.Any);
        LogSettled(quietAfterBurst ? "quiet after a burst" : "unused committed heap", reclaimable / 1_048_576, before / 1_048_576,
            Environment.WorkingSet / 1_048_576, heap.HeapSizeBytes / 1_048_576);
    }

    private static void TrimNativeHeap()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = malloc_trim(0);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // musl (Alpine) has no malloc_trim; its allocator returns memory on its own.
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int malloc_trim(nuint pad);

    [LoggerMessage(Level = LogLevel.Information, Message = "Memory settled ({Reason}): {ReclaimableMegabytes} MB of committed heap was unused; working set {BeforeMegabytes} -> {AfterMegabytes} MB, {HeapMegabytes} MB of heap live")]
    private partial void LogSettled(string reason, long reclaimableMegabytes, long beforeMegabytes, long afterMegabytes, long heapMegabytes);
}
