using CptGraph.Domain.Benchmarks;
using CptGraph.Domain.Payers;
using CptGraph.Domain.Rates;

namespace CptGraph.Domain.Tests.Benchmarks;

public sealed class BenchmarkCalculatorTests
{
    private static readonly Payer Aetna = new() { Id = 1, Name = "Aetna", IsBuca = true };
    private static readonly Payer Cigna = new() { Id = 2, Name = "Cigna", IsBuca = true };
    private static readonly Payer Bcbs = new() { Id = 3, Name = "Blue Cross Blue Shield", IsBuca = true };
    private static readonly Payer Medicare = new() { Id = 4, Name = "Medicare", Kind = PayerKind.Medicare };
    private static readonly LowSampleRule Rule = new();

    [Fact]
    public void Compute_GapAndPercent_FromMedicareAndAggregateMeans()
    {
        // Arrange: gap = 27.88 − 16.37 = 11.51; gapPercent = 11.51 / 16.37 × 100 = 70.3115 (rounded to 4 places).
        var distributions = Sample(medicareMean: 16.37m, aggregateMean: 27.88m);

        // Act
        var benchmark = BenchmarkCalculator.Compute("96375", distributions);

        // Assert
        Assert.Equal(11.51m, benchmark.Gap);
        Assert.Equal(70.3115m, benchmark.GapPercent);
        Assert.Same(Medicare, benchmark.Medicare!.Payer);
        Assert.Null(benchmark.CommercialAggregate!.Payer);
        Assert.Equal(4, benchmark.Payers.Count);
    }

    [Fact]
    public void Compute_Spreads_RankWidestToTightestWithMedicareIncluded()
    {
        var benchmark = BenchmarkCalculator.Compute("96375", Sample(16.37m, 27.88m));

        Assert.Equal("Cigna", benchmark.WidestSpread!.Payer!.Name);
        Assert.Equal(16.33m, benchmark.WidestSpread.Spread);
        Assert.Equal("Medicare", benchmark.TightestSpread!.Payer!.Name);
        Assert.Equal(["Cigna", "Aetna", "Blue Cross Blue Shield", "Medicare"], benchmark.BySpread.Select(p => p.Payer!.Name));
    }

    [Fact]
    public void Compute_WithoutMedicare_HasNoGap_AndTheSummarySaysMedicareIsMissing()
    {
        var distributions = Sample(16.37m, 27.88m).Where(d => d.Payer != Medicare).ToList();

        var benchmark = BenchmarkCalculator.Compute("96375", distributions);

        Assert.Null(benchmark.Gap);
        Assert.Null(benchmark.GapPercent);
        Assert.Equal(27.88m, benchmark.CommercialAggregate!.Distribution.Mean);
        Assert.Equal("Cigna", benchmark.WidestSpread!.Payer!.Name);
        Assert.Equal("Blue Cross Blue Shield", benchmark.TightestSpread!.Payer!.Name);
        Assert.Equal(
            "No Medicare fee schedule is loaded for CPT 96375, so there is no gap to report; the BUCA commercial aggregate mean is $27.88.",
            BenchmarkSummaryWriter.Write(benchmark, Rule));
    }

    [Fact]
    public void Compute_WithNeitherMedicareNorAggregate_HasNoSummary()
    {
        var distributions = Sample(16.37m, 27.88m).Where(d => d.Payer is not null && d.Payer != Medicare).ToList();

        Assert.Null(BenchmarkSummaryWriter.Write(BenchmarkCalculator.Compute("96375", distributions), Rule));
    }

    [Fact]
    public void Summary_IsWrittenFromTheNumbers()
    {
        var benchmark = BenchmarkCalculator.Compute("96375", Sample(16.37m, 27.88m));

        var summary = BenchmarkSummaryWriter.Write(benchmark, Rule);

        Assert.Equal(
            "Medicare's national mean rate for CPT 96375 is substantially lower at $16.37 compared with the BUCA commercial aggregate mean of $27.88, " +
            "reflecting a gap of $11.51 between the federal payer and the average commercial benchmark. This gap indicates materially lower reimbursement " +
            "under Medicare versus typical commercial plans. Dispersion across payers varies: Cigna and Aetna show wider spreads (P75–P25 of $16.33 and $15.00 " +
            "respectively), while Medicare and Blue Cross Blue Shield are the tightest (P75–P25 of $2.00 and $12.00 respectively).",
            summary);
    }

    [Theory]
    [InlineData(20.00, 20.50, "roughly in line")]
    [InlineData(20.00, 22.00, "is lower at")]
    [InlineData(20.00, 10.00, "substantially higher")]
    public void Summary_WordsTheGapBySize(double medicareMean, double aggregateMean, string expected)
    {
        var benchmark = BenchmarkCalculator.Compute("99213", Sample((decimal)medicareMean, (decimal)aggregateMean));

        Assert.Contains(expected, BenchmarkSummaryWriter.Write(benchmark, Rule));
    }

    [Fact]
    public void Summary_WithAThinAggregate_SaysSoInsteadOfSubstantial()
    {
        // The aggregate of 20 observations from 2 TINs is under the default 3 TINs; Medicare (no TINs) is judged by its 20.
        var distributions = Sample(16.37m, 27.88m);
        distributions[^1].Distribution.DistinctTins = 2;

        var summary = BenchmarkSummaryWriter.Write(BenchmarkCalculator.Compute("96375", distributions), Rule);

        Assert.StartsWith(
            "Medicare's national mean rate for CPT 96375 is $16.37 against a BUCA commercial aggregate mean of $27.88, a gap of $11.51, " +
            "but the sample is thin (the commercial aggregate has 20 observations from 2 TINs), so the difference should not be read as substantial. Dispersion",
            summary);
        Assert.DoesNotContain("substantially", summary);
        Assert.DoesNotContain("materially", summary);
    }

    [Fact]
    public void Summary_WithAThinMedicare_JudgesMedicareByItsCountAlone()
    {
        var distributions = Sample(16.37m, 27.88m);

        var wide = BenchmarkSummaryWriter.Write(BenchmarkCalculator.Compute("96375", distributions), new LowSampleRule(MinObservations: 20, MinTins: 6));
        var thin = BenchmarkSummaryWriter.Write(BenchmarkCalculator.Compute("96375", distributions), new LowSampleRule(MinObservations: 21));

        // MinTins 6 makes the aggregate's 5 TINs thin, never Medicare; 21 observations make both thin.
        Assert.Contains("(the commercial aggregate has 20 observations from 5 TINs)", wide);
        Assert.Contains("(Medicare has 20 observations and the commercial aggregate has 20 observations from 5 TINs)", thin);
    }

    private static List<PayerDistribution> Sample(decimal medicareMean, decimal aggregateMean) =>
    [
        Distribution(Aetna, 20m, 35m, 28m),
        Distribution(Cigna, 18.67m, 35m, 29m),
        Distribution(Bcbs, 22m, 34m, 27m),
        Distribution(Medicare, 15m, 17m, medicareMean),
        Distribution(null, 20m, 35m, aggregateMean),
    ];

    private static PayerDistribution Distribution(Payer? payer, decimal p25, decimal p75, decimal mean) =>
        new(new RateDistribution { PayerId = payer?.Id, P25 = p25, P75 = p75, Mean = mean, Count = 20, DistinctTins = payer == Medicare ? null : 5 }, payer);
}
