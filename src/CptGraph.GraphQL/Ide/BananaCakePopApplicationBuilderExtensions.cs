using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace CptGraph.GraphQL.Ide;

public static class BananaCakePopApplicationBuilderExtensions
{
    /// <summary>Where the build copies the npm package's files, next to the server's assembly.</summary>
    public const string AssetsFolder = "BananaCakePop";

    /// <summary>The IDE's files are served under <c>{graphQLPath}/ide/</c>, its licence among them.</summary>
    public const string AssetsSegment = "/ide";

    /// <summary>
    /// Serves Banana Cake Pop at <paramref name="graphQLPath"/> to browsers, with every asset local.
    /// A no-op (logged) when the assets were not built, so the API still runs without node.
    /// </summary>
    public static IApplicationBuilder UseBananaCakePop(this IApplicationBuilder app, string graphQLPath = "/graphql")
    {
        var assetsDirectory = Path.Combine(AppContext.BaseDirectory, AssetsFolder);
        if (!File.Exists(Path.Combine(assetsDirectory, "index.html")))
        {
            app.ApplicationServices.GetRequiredService<ILoggerFactory>()
                .CreateLogger(typeof(BananaCakePopMiddleware))
                .LogWarning("Banana Cake Pop assets not found in {Directory}; the IDE is not served", assetsDirectory);
            return app;
        }

        var contentTypes = new FileExtensionContentTypeProvider();
        contentTypes.Mappings[".webmanifest"] = "application/manifest+json";
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = graphQLPath + AssetsSegment,
            FileProvider = new PhysicalFileProvider(assetsDirectory),
            ContentTypeProvider = contentTypes,
            // LICENSE has no extension; everything in the folder is the package's own, copied by the build.
            ServeUnknownFileTypes = true,
            DefaultContentType = "text/plain; charset=utf-8",
        });
        return app.UseMiddleware<BananaCakePopMiddleware>(new PathString(graphQLPath), assetsDirectory);
    }
}
