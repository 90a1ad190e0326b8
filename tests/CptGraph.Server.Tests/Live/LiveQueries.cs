namespace CptGraph.Server.Tests.Live;

/// <summary>The subscription documents the live tests send, each selecting the figures they check.</summary>
public static class LiveQueries
{
    public const string AetnaChanged = """
        subscription { rateDistributionChanged(code: "96375", payer: "Aetna") {
          code previousMean ingestRunId distribution { payer { name } count mean p25 p75 percentOfMedicare } } }
        """;

    public const string BenchmarkChanged = """
        subscription { benchmarkChanged(code: "96375") {
          code previousGap ingestRunId benchmark { gap gapPercent commercialAggregate { count mean } widestSpread { payer { name } spread } } } }
        """;

    public const string RunFinished = "subscription { ingestRunFinished { runId source reportingEntityName counts { kept } } }";

    public const string AetnaNow = """{ code(code: "96375") { rates { payer { name } count mean } benchmark { gap commercialAggregate { count mean } } } }""";
}
