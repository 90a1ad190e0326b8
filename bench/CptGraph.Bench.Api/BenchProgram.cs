namespace CptGraph.Bench.Api;

/// <summary>
/// <c>dotnet run -c Release --project bench/CptGraph.Bench.Api [-- options]</c> runs the benchmark; the
/// <c>serve-handwritten</c> verb is how it starts the hand-written endpoint in a process of its own.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case HandwrittenEndpoint.Verb:
                await HandwrittenEndpoint.RunAsync(BenchOptions.Required(args, "--db"), BenchOptions.Required(args, "--urls"));
                return 0;
            default:
                try
                {
                    return await new BenchRun(BenchOptions.Parse(args)).RunAsync(CancellationToken.None);
                }
                catch (Exception e) when (e is InvalidOperationException or ArgumentException)
                {
                    // A failed check (PostgreSQL answering other bytes, migrate-store failing): loudly, and a failing exit code.
                    Console.Error.WriteLine($"BENCH FAILED: {e.Message}");
                    return 1;
                }
        }
    }
}
