using System.Text.Json;

namespace CptGraph.Bench.Api;

/// <summary>
/// The limit the GraphQL server is measured against: a minimal ASP.NET Core endpoint that knows the four bench
/// operations by name and answers each with raw SQL (Microsoft.Data.Sqlite) and the same JSON the server writes.
/// </summary>
public static class HandwrittenEndpoint
{
    public const string Verb = "serve-handwritten";

    public static async Task RunAsync(string databasePath, string url)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls(url);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var answers = new HandwrittenAnswers($"Data Source={databasePath};Mode=ReadOnly");

        var app = builder.Build();
        app.MapPost("/graphql", async context =>
        {
            using var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var root = request.RootElement;
            var operationName = root.GetProperty("operationName").GetString();
            var variables = root.GetProperty("variables");
            context.Response.ContentType = "application/json; charset=utf-8";
            await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
            switch (operationName)
            {
                case "CodePage":
                    await answers.CodePageAsync(json, variables.GetProperty("code").GetString()!, context.RequestAborted);
                    break;
                case "ReferencePage":
                    await answers.ReferencePageAsync(json, variables.GetProperty("code").GetString()!, context.RequestAborted);
                    break;
                case "CodesPage":
                    await answers.CodesPageAsync(json, variables.GetProperty("first").GetInt32(), context.RequestAborted);
                    break;
                case "FilteredCodes":
                    await answers.FilteredCodesAsync(json, variables.GetProperty("payer").GetString()!, variables.GetProperty("minMean").GetDecimal(),
                        variables.GetProperty("first").GetInt32(), context.RequestAborted);
                    break;
                default:
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
            }

            await json.FlushAsync(context.RequestAborted);
        });
        await app.RunAsync();
    }
}
