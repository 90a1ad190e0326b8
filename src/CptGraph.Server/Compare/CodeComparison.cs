using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Codes;

namespace CptGraph.Server.Compare;

/// <summary>One row of a comparison table: a code and its benchmark.</summary>
public sealed record CodeComparison(Code Code, Benchmark Benchmark);
