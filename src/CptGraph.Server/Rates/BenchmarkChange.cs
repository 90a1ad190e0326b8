using CptGraph.Domain.Benchmarks;

namespace CptGraph.Server.Rates;

/// <summary>A code's benchmark after an ingest, with the gap before it.</summary>
public sealed record BenchmarkChange(Benchmark Benchmark, decimal? PreviousGap, decimal? PreviousGapPercent, int IngestRunId);
