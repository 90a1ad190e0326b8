using CptGraph.Server;
using CptGraph.Server.Cli;

if (CliApp.IsCommand(args))
{
    IngestHeapLimit.ApplyFor(args);
    return await CliApp.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
}

// The content root (appsettings.json) is where the binaries are, not the folder `dotnet run` was started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddCptGraph();

var app = builder.Build();
await app.InitializeCptGraphAsync();
app.MapCptGraph();
await app.RunAsync();
return 0;

/// <summary>Entry point, public so tests can host the real server with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
