namespace CptGraph.Server.Rates;

/// <summary>A payer's distribution after an ingest, with its mean before it.</summary>
public sealed record RateDistributionChange(string Code, RateRow? Distribution, decimal? PreviousMean, int IngestRunId);
