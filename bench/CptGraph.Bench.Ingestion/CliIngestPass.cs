using System.Diagnostics;
using System.Globalization;

namespace CptGraph.Bench.Ingestion;

/// <summary>
/// The full <c>ingest tic</c>: the real CLI in its own process on a fresh SQLite database, so its peak RSS
/// (VmHWM, sampled every 50 ms and read once more at the end from the CLI's own log) is the ingest's alone.
/// </summary>
internal static class CliIngestPass
{
    public static async Task<Measurement> RunAsync(BenchOptions options, string path, long jsonBytes, CancellationToken cancellationToken)
    {
        if (!File.Exists(options.ServerDll))
        {
            throw new FileNotFoundException($"build the server first (dotnet build -c Release): {options.ServerDll} is missing");
        }

        var database = Path.Combine(options.WorkDirectory, "bench.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(database + suffix);
        }

        // Migrate and seed reference data first, so the timed run is the ingest alone.
        var payers = Path.Combine(Path.GetDirectoryName(options.ServerDll)!, "SeedData", "content", "payers.json");
        await RunCliAsync(options, ["import", "payers", payers, "--db", database], cancellationToken);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { options.ServerDll, "ingest", "tic", path, "--db", database, "--payer", "Aetna" })
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, ReadVmHwm(process.Id));
            await Task.Delay(50, cancellationToken);
        }

        await process.WaitForExitAsync(cancellationToken);
        var elapsed = clock.Elapsed;
        var output = await stdout;
        var errors = await stderr;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ingest failed ({process.ExitCode}): {output}{errors}");
        }

        return new Measurement("full ingest tic (CLI -> SQLite)", jsonBytes, elapsed, peak, output.Trim());
    }

    private static async Task RunCliAsync(BenchOptions options, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(options.ServerDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', arguments)}' failed: {await errors}");
        }
    }

    // VmHWM is the kernel's own peak-RSS counter; sampling it never misses a short peak.
    private static long ReadVmHwm(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }

        return 0;
    }
}
