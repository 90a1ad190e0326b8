using System.Globalization;
using Microsoft.Extensions.Logging;

namespace CptGraph.Server.Cli;

/// <summary>
/// The second line of the ingest's memory bound (the first is that nothing grows with a file: spilled entries, the
/// provider-reference table on disk, the sorted recompute). A bulk ingest makes garbage faster than the
/// workstation GC's budgets shrink, so without a limit the heap holds 100+ MB of dead objects on a 20 MB live set;
/// a hard limit and a cap on the gen0 budget make the GC collect to them. Applied by the CLI process only
/// (Program), never to a test host that runs the CLI in-process, nor to the server.
/// </summary>
public static class IngestHeapLimit
{
    /// <summary>The heap limit of an ingest: six times the largest live set measured (~20 MB), so it bounds garbage, not work.</summary>
    public const ulong DefaultBytes = 128UL << 20;

    /// <summary>
    /// The largest gen0 allocation budget: the GC's own default on this hardware let gen0 reach ~100 MB between
    /// collections, nearly all of it dead by the next one (docs/benchmarks/2026-12-03-ingest-memory.md).
    /// </summary>
    public const ulong Gen0BudgetBytes = 16UL << 20;

    private const string Setting = "GCHeapHardLimit";

    /// <summary>Sets the limits for an <c>ingest</c> command unless the user configured a heap limit (DOTNET_GCHeapHardLimit or runtimeconfig).</summary>
    public static void ApplyFor(string[] args)
    {
        if (args is not ["ingest", ..]
            || AppContext.GetData(Setting) is not null
            || Environment.GetEnvironmentVariable("DOTNET_" + Setting) is not null
            || Environment.GetEnvironmentVariable("DOTNET_GCHeapHardLimitPercent") is not null)
        {
            return;
        }

        // Both read at start only; the limit given at start also sizes the GC's budgets, which a limit applied
        // later does not (runtime-applied: 247 MB peak, at start: 209 MB on one code x 1 M references last).
        // The restarted process has DOTNET_GCHeapHardLimit set, so it comes no further than the check above.
        var restart = new Dictionary<string, string> { ["DOTNET_" + Setting] = Hex(DefaultBytes) };
        if (Environment.GetEnvironmentVariable("DOTNET_GCGen0MaxBudget") is null)
        {
            restart["DOTNET_GCGen0MaxBudget"] = Hex(Gen0BudgetBytes);
        }

        // The server runs with the instrumented JIT tier (dynamic PGO: 15-26 % less CPU per API request once warm); an
        // ingest is one long pass whose peak RSS the instrumented code and its rejits raised by ~30 MB (238 -> 207 MB
        // without, docs/benchmarks/2026-11-27-ingest.md), so it keeps running without it.
        if (Environment.GetEnvironmentVariable("DOTNET_TieredPGO") is null)
        {
            restart["DOTNET_TieredPGO"] = "0";
        }

        ProcessRestart.WithEnvironment(restart);

        // Still here: no restart on this platform. The limit applied at run time is the weaker form, but a bound.
        try
        {
            AppContext.SetData(Setting, DefaultBytes);
            GC.RefreshMemoryLimit();
        }
        catch (InvalidOperationException)
        {
            // More is already committed than the limit (a runtime that started big): keep the default budgets.
        }
    }

    /// <summary>Logs the heap limit, gen0 budget cap (0: none) and JIT tier the process runs with, so a run's memory settings are on record.</summary>
    public static void Log(ILogger logger)
    {
        var gc = GC.GetConfigurationVariables();
        logger.LogInformation("GC heap hard limit {HeapHardLimitMegabytes} MB, gen0 budget cap {Gen0MaxBudgetMegabytes} MB, dynamic PGO {DynamicPgo}",
            Megabytes(gc, "GCHeapHardLimit"), Megabytes(gc, "GCGen0MaxBudget"), Environment.GetEnvironmentVariable("DOTNET_TieredPGO") == "0" ? "off" : "on");
    }

    private static ulong Megabytes(IReadOnlyDictionary<string, object> gc, string name) =>
        gc.TryGetValue(name, out var value) ? Convert.ToUInt64(value, CultureInfo.InvariantCulture) >> 20 : 0;

    // The runtime reads DOTNET_GC* numbers as hexadecimal. The names are case-sensitive: DOTNET_GCgen0MaxBudget is
    // silently ignored (GC.GetConfigurationVariables, which Log reads, shows the budget in effect).
    private static string Hex(ulong value) => value.ToString("x", CultureInfo.InvariantCulture);
}
