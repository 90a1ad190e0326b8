using System.Text.Json;
using CptGraph.GraphQL.Security;
using CptGraph.GraphQL.Transport;

namespace CptGraph.Server.Positions.Exports;

/// <summary>
/// <c>GET /export/codes/{code}/benchmark.csv</c> and <c>POST /export/fee-schedule.csv</c>: the export operations run as
/// persisted documents, their answers written as CSV. The access rule of /graphql (API key or bearer token) applies; a GraphQL error (a limit, a
/// bad argument) is answered 400 with the GraphQL answer as JSON, so the coded error reads the same as on /graphql.
/// </summary>
public static class ExportEndpoints
{
    public static IServiceCollection AddCptGraphExports(this IServiceCollection services) => services.AddSingleton<PersistedExport>();

    public static IEndpointRouteBuilder MapCptGraphExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/codes/{code}/benchmark.csv", async (HttpContext context, string code) =>
        {
            var variables = Variables(context, new Dictionary<string, object?> { ["code"] = code });
            await RunAsync(context, ExportOperations.Benchmark, variables, $"{code}-benchmark.csv", data =>
                data.GetProperty("code") is { ValueKind: JsonValueKind.Object } found ? ExportCsv.Benchmark(found) : null);
        }).ExcludeFromDescription();
        endpoints.MapPost("/export/fee-schedule.csv", async (HttpContext context) =>
        {
            var (lines, error) = await FeeScheduleCsvReader.ReadAsync(context.Request.Body, FeeScheduleQueries.MaxLines, context.RequestAborted);
            if (error is not null)
            {
                await Results.Text(error, "text/plain", statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
                return;
            }

            var variables = Variables(context, new Dictionary<string, object?> { ["lines"] = lines });
            await RunAsync(context, ExportOperations.FeeSchedule, variables, "fee-schedule-benchmark.csv",
                data => ExportCsv.FeeSchedule(data.GetProperty("benchmarkFeeSchedule")));
        }).ExcludeFromDescription();
        return endpoints;
    }

    // billingClass, screened, asOf and setting from the query string, as the GraphQL arguments of the same names.
    private static string Variables(HttpContext context, Dictionary<string, object?> variables)
    {
        var query = context.Request.Query;
        variables["billingClass"] = query["billingClass"].FirstOrDefault()?.ToUpperInvariant() ?? "PROFESSIONAL";
        variables["screened"] = string.Equals(query["screened"].FirstOrDefault(), "true", StringComparison.OrdinalIgnoreCase);
        variables["asOf"] = query["asOf"].FirstOrDefault();
        variables["setting"] = query["setting"].FirstOrDefault()?.ToUpperInvariant() ?? "NON_FACILITY";
        return JsonSerializer.Serialize(variables);
    }

    private static async Task RunAsync(HttpContext context, string document, string variables, string fileName, Func<JsonElement, string?> write)
    {
        var access = await context.RequestServices.GetRequiredService<AccessAuthorizer>().AuthorizeRequestAsync(context);
        if (!access.Admitted)
        {
            await LiveTransportErrors.WriteRefusedAsync(context, access);
            return;
        }

        using var answer = await context.RequestServices.GetRequiredService<PersistedExport>().RunAsync(context, document, variables);
        var root = answer.RootElement;
        if (root.TryGetProperty("errors", out _) || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            await Results.Text(root.GetRawText(), "application/json", statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
            return;
        }

        if (write(data) is not { } csv)
        {
            await Results.Text("No such code.", "text/plain", statusCode: StatusCodes.Status404NotFound).ExecuteAsync(context);
            return;
        }

        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await Results.Text(csv, "text/csv; charset=utf-8").ExecuteAsync(context);
    }
}
