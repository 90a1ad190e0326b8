using System.Text.Json;
using CptGraph.Domain.Ingestion;
using CptGraph.Ingestion.Tic;

namespace CptGraph.Ingestion.Toc;

/// <summary>
/// Reads a TiC table-of-contents file (schema 1.x and 2.x, plain or gzip) in one streaming pass: each
/// <c>reporting_structure</c> entry pairs <c>reporting_plans</c> with <c>in_network_files</c>. A file shared by
/// several entries is listed once, with all of their plans; allowed-amount files are not in-network files and
/// are left out.
/// </summary>
public static class TableOfContentsReader
{
    /// <exception cref="IngestionException">Malformed JSON or not a table of contents; names the source, byte offset and JSON path.</exception>
    public static IReadOnlyList<TocInNetworkFile> Read(Stream stream, string sourceName)
    {
        using Stream input = TicInput.Open(stream, sourceName);
        using var json = new JsonTokenStream(input, sourceName);
        var files = new Dictionary<string, TocInNetworkFile>(StringComparer.Ordinal);
        bool sawStructure = false;
        json.ReadStartObject();
        while (json.NextProperty(out string name))
        {
            switch (name)
            {
                case "reporting_structure": sawStructure = true; ReadStructures(json, files); break;
                case "in_network": throw json.Error("this is an in-network-rates file, not a table of contents: use ingest tic");
                default: json.Skip(); break;
            }
        }

        return sawStructure ? files.Values.ToList() : throw json.Error("no reporting_structure array: this is not a table-of-contents file");
    }

    private static void ReadStructures(JsonTokenStream json, Dictionary<string, TocInNetworkFile> files)
    {
        if (!json.ReadStartArrayOrNull())
        {
            return;
        }

        while (json.NextElement())
        {
            json.Expect(JsonTokenType.StartObject, "an object");
            var plans = new List<IngestRunPlan>();
            var locations = new List<(string Location, string? Description)>();
            while (json.NextProperty(out string name))
            {
                switch (name)
                {
                    case "reporting_plans": ReadArray(json, () => plans.Add(ReadPlan(json))); break;
                    case "in_network_files": ReadArray(json, () => locations.Add(ReadFileLocation(json))); break;
                    default: json.Skip(); break;
                }
            }

            foreach (var (location, description) in locations)
            {
                var file = files.TryGetValue(location, out var listed) ? listed : files[location] = new TocInNetworkFile(location, description, []);
                file.Plans.AddRange(plans.Where(p => !file.Plans.Any(q => q.PlanId == p.PlanId && q.PlanName == p.PlanName && q.PlanIdType == p.PlanIdType)));
            }
        }
    }

    private static void ReadArray(JsonTokenStream json, Action readElement)
    {
        if (!json.ReadStartArrayOrNull())
        {
            return;
        }

        while (json.NextElement())
        {
            json.Expect(JsonTokenType.StartObject, "an object");
            readElement();
        }
    }

    private static IngestRunPlan ReadPlan(JsonTokenStream json)
    {
        var plan = new IngestRunPlan();
        while (json.NextProperty(out string name))
        {
            switch (name)
            {
                case "plan_name": plan.PlanName = json.ReadOptionalString(); break;
                case "plan_id": plan.PlanId = json.ReadOptionalString(); break;
                case "plan_id_type": plan.PlanIdType = json.ReadOptionalString(); break;
                case "plan_market_type": plan.PlanMarketType = json.ReadOptionalString(); break;
                case "issuer_name": plan.IssuerName = json.ReadOptionalString(); break;
                default: json.Skip(); break;
            }
        }

        return plan;
    }

    private static (string Location, string? Description) ReadFileLocation(JsonTokenStream json)
    {
        string? location = null;
        string? description = null;
        while (json.NextProperty(out string name))
        {
            switch (name)
            {
                case "location": location = json.ReadOptionalString(); break;
                case "description": description = json.ReadOptionalString(); break;
                default: json.Skip(); break;
            }
        }

        return (location ?? throw json.Error("in-network file has no location"), description);
    }
}
