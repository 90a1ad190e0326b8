using CptGraph.Domain.Ingestion;

namespace CptGraph.Ingestion.Toc;

/// <summary>An in-network-rates file listed in a table of contents, with every plan that lists it.</summary>
/// <param name="Location">The file's URL (or a path relative to the table of contents), as written.</param>
/// <param name="Description">The file's description, as written.</param>
public sealed record TocInNetworkFile(string Location, string? Description, List<IngestRunPlan> Plans);
