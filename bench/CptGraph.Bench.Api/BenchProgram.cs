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
                return await new BenchRun(BenchOptions.Parse(args)).RunAsync(CancellationToken.None);
        }
    }
}
