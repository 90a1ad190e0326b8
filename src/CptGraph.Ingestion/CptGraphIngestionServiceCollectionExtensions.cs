using CptGraph.Ingestion.Content;
using CptGraph.Ingestion.Medicare;
using CptGraph.Ingestion.Reference;
using CptGraph.Ingestion.Runs;
using CptGraph.Ingestion.Seeding;
using CptGraph.Ingestion.Sources;
using CptGraph.Ingestion.Tic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CptGraph.Ingestion;

public static class CptGraphIngestionServiceCollectionExtensions
{
    /// <summary>Registers the importers and ingestors shared by the server's first start and the CLI.</summary>
    public static IServiceCollection AddCptGraphIngestion(this IServiceCollection services)
    {
        services.AddTransient<PayerCatalogImporter>();
        services.AddTransient<ContentImporter>();
        services.AddTransient<MedicareIngestor>();
        services.AddTransient<ReferenceImporter>();
        services.AddTransient<TicIngestor>();
        services.AddTransient<Partitions.ObservationPartitionIngestor>();
        services.AddTransient<Providers.NppesImporter>();
        services.AddTransient<Export.ObservationParquetExporter>();
        services.TryAddSingleton(RemoteFetchOptions.Default);
        services.AddSingleton(sp => new RemoteFetcher(RemoteFetcher.CreateClient(), sp.GetRequiredService<RemoteFetchOptions>()));
        services.AddTransient<IngestSourceResolver>();
        services.AddTransient<BundledCatalog>();
        services.AddTransient<DatabaseSeeder>();
        services.TryAddSingleton<IngestProgressOptions>();
        services.TryAddSingleton<IIngestProgressDisplay, LogProgressDisplay>();
        return services;
    }
}
