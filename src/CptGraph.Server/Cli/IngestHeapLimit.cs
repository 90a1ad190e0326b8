namespace CptGraph.Server.Cli;

/// <summary>
/// The second line of the ingest's memory bound (the first is that nothing grows with a file: spilled entries, the
/// provider-reference table on disk, the sorted recompute). A bulk ingest makes garbage faster than the
/// workstation GC's budgets shrink, so without a limit the heap holds 100+ MB of dead objects on a 20 MB live set;
/// a hard limit makes the GC collect to it. Applied by the CLI process only (Program), never to a test host that
/// runs the CLI in-process, nor to the server.
/// </summary>
public static class IngestHeapLimit
{
    /// <summary>The heap limit of an ingest: six times the largest live set measured (~20 MB), so it bounds garbage, not work.</summary>
    public const ulong DefaultBytes = 128UL << 20;

    private const string Setting = "GCHeapHardLimit";

    /// <summary>Sets the limit for an <c>ingest</c> command unless the user configured one (DOTNET_GCHeapHardLimit or runtimeconfig).</summary>
    public static void ApplyFor(string[] args)
    {
        if (args is not ["ingest", ..]
            || AppContext.GetData(Setting) is not null
            || Environment.GetEnvironmentVariable("DOTNET_" + Setting) is not null
            || Environment.GetEnvironmentVariable("DOTNET_GCHeapHardLimitPercent") is not null)
        {
            return;
        }

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
}
