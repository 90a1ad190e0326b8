using System.Globalization;

namespace CptGraph.Bench.Ingestion;

/// <summary>
/// This process's peak RSS for one in-process pass: the kernel's VmHWM, reset before the pass by writing 5 to
/// /proc/self/clear_refs (Linux); elsewhere the working set at the end of the pass.
/// </summary>
internal static class PeakRss
{
    public static void Reset()
    {
        GC.Collect();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: Read falls back to the working set.
        }
    }

    public static long Read()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return Environment.WorkingSet;
    }
}
