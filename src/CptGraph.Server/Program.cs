using CptGraph.Server;
using CptGraph.Server.Cli;

if (CliApp.IsCommand(args))
{
    return await CliApp.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCptGraph();

var app = builder.Build();
await app.InitializeCptGraphAsync();
app.MapCptGraph();
await app.RunAsync();
return 0;

/// <summary>Entry point, public so tests can host the real server with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
