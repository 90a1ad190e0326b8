namespace CptGraph.Bench.Api;

/// <summary>
/// <c>dotnet run -c Release --project bench/CptGraph.Bench.Api [-- options]</c> runs the benchmark; the serve verbs
/// are how it starts each endpoint in a process of its own.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "serve-graphql":
                await GraphQLServerHost.RunAsync(BenchOptions.Required(args, "--db"), BenchOptions.Required(args, "--urls"));
                return 0;
            case "serve-handwritten":
                await HandwrittenEndpoint.RunAsync(BenchOptions.Required(args, "--db"), BenchOptions.Required(args, "--urls"));
                return 0;
            default:
                return await new BenchRun(BenchOptions.Parse(args)).RunAsync(CancellationToken.None);
        }
    }
}
