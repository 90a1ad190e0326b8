using Microsoft.Extensions.FileProviders;

namespace CptGraph.Server.Dashboard;

public static class DashboardApplicationBuilderExtensions
{
    /// <summary>The page and the packages the build copied beside the assembly (see CptGraph.Server.csproj).</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Dashboard");

    /// <summary>
    /// Serves the live dashboard at <paramref name="path"/>/ (<paramref name="path"/> redirects there). Its
    /// Content-Security-Policy allows this origin only, so the page cannot reach another host even by mistake.
    /// </summary>
    public static IApplicationBuilder UseCptGraphDashboard(this IApplicationBuilder app, string path = "/dashboard")
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return app;
        }

        var files = new PhysicalFileProvider(Directory);
        app.UseDefaultFiles(new DefaultFilesOptions { RequestPath = path, FileProvider = files });
        return app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = path,
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                context.Context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
                context.Context.Response.Headers.CacheControl = "no-cache";
            },
        });
    }
}
