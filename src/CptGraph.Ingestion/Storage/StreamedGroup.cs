using CptGraph.Domain.Statistics;
using CptGraph.Domain.Statistics.Screening;

namespace CptGraph.Ingestion.Storage;

/// <summary>One modifier set's summaries over a union of slices of one code, as <see cref="StreamedGroups"/> computes them.</summary>
/// <param name="Kept">The summary of the unflagged observations; null when every one was flagged.</param>
/// <param name="Tins">The distinct provider keys of all the observations and of the unflagged ones.</param>
internal sealed record StreamedGroup(string ModifierKey, RateSummary All, RateSummary? Kept, ScreeningCounts Counts, bool AnyDemo, bool AnyKeptDemo,
    (int All, int Kept) Tins);
