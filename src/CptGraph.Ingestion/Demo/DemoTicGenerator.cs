using System.Globalization;
using System.Text.Json;

namespace CptGraph.Ingestion.Demo;

/// <summary>
/// Writes synthetic, clearly labelled demo Transparency in Coverage in-network rates files (schema 2.0.0).
/// The JSON streams straight to the output through <see cref="Utf8JsonWriter"/>, flushing every 64 KiB, so
/// multi-gigabyte benchmark files need no more memory than small ones. The same options always produce the
/// same bytes. Every JSON path the reader handles appears: institutional and "both" billing classes, a
/// modifier-59 price, and providers whose identical rate is repeated in a second entry (for deduplication).
/// </summary>
public static partial class DemoTicGenerator
{
    /// <summary>The plan name every demo file carries, so it can never pass for real payer data.</summary>
    public const string PlanName = "CptGraph DEMO plan (synthetic rates, not real payer data)";

    /// <summary>The <c>reporting_entity_type</c> every demo file carries.</summary>
    public const string ReportingEntityType = "DEMO - synthetic";

    private const int FlushThreshold = 64 * 1024;

    /// <summary>Writes one demo file for <paramref name="options"/> to <paramref name="output"/>, which stays open.</summary>
    public static async Task WriteAsync(DemoTicOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        Validate(options);
        ArgumentNullException.ThrowIfNull(output);
        var rates = new DemoRateModel(options.Seed, options.PayerFactor, options.ProviderCount);
        await using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WriteString("reporting_entity_name", options.ReportingEntityName);
        writer.WriteString("reporting_entity_type", ReportingEntityType);
        writer.WriteString("plan_name", PlanName);
        writer.WriteString("plan_id_type", "EIN");
        writer.WriteString("plan_id", "00-0000000");
        writer.WriteString("plan_market_type", "group");
        writer.WriteString("last_updated_on", options.LastUpdatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("version", "2.0.0");

        if (!options.ProviderReferencesLast)
        {
            await WriteProviderReferencesAsync(writer, options, cancellationToken);
        }

        writer.WriteStartArray("in_network");
        for (var index = 0; index < options.Codes.Count; index++)
        {
            await WriteInNetworkAsync(writer, options, rates, options.Codes[index], index == 0, cancellationToken);
        }

        writer.WriteEndArray();
        if (options.ProviderReferencesLast)
        {
            await WriteProviderReferencesAsync(writer, options, cancellationToken);
        }

        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Writes one demo file per <see cref="DemoPayer.Buca"/> payer, each with its fixed factor and seed, into
    /// <paramref name="directory"/> (created if missing), and returns the file paths in that order.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WriteBucaFilesAsync(
        string directory,
        IReadOnlyList<DemoBaseRate> codes,
        int providerCount,
        DateOnly lastUpdatedOn,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var payer in DemoPayer.Buca)
        {
            var options = new DemoTicOptions(payer.ReportingEntityName, lastUpdatedOn, codes, providerCount, payer.Seed, payer.Factor);
            var path = Path.Combine(directory, $"{lastUpdatedOn:yyyy-MM-dd}_{payer.FileSlug}_in-network-rates_DEMO.json");
            await using (var file = File.Create(path))
            {
                await WriteAsync(options, file, cancellationToken);
            }

            paths.Add(path);
        }

        return paths;
    }

    private static async ValueTask WriteProviderReferencesAsync(Utf8JsonWriter writer, DemoTicOptions options, CancellationToken cancellationToken)
    {
        writer.WriteStartArray("provider_references");
        for (var group = 1; group <= options.ProviderCount; group++)
        {
            WriteProviderReference(writer, group);
            await FlushIfFullAsync(writer, cancellationToken);
        }

        writer.WriteEndArray();
    }

    private static async ValueTask FlushIfFullAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        if (writer.BytesPending >= FlushThreshold)
        {
            await writer.FlushAsync(cancellationToken);
        }
    }

    private static void Validate(DemoTicOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ReportingEntityName);
        ArgumentNullException.ThrowIfNull(options.Codes);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ProviderCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.ProviderCount, MaxProviderCount);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.PayerFactor, 0m);
        foreach (var code in options.Codes)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(code.BillingCode);
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(code.BaseAmount, 0m);
        }
    }
}
