using FsCheck.Xunit;
using Statecraft.Model.Baselines;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;
using Statecraft.Testing;

namespace Statecraft.Model.Tests.Uncertainty;

public sealed class MonteCarloForecasterTests
{
    private static readonly IForecastModel Compromise = new CompromiseModel();

    [Property(MaxTest = 12)]
    public void Run_SameSeed_BitIdenticalForAnyThreadCount(ulong seed, byte runsByte, byte threadsByte)
    {
        // Given
        var scenario = SyntheticScenarios.Create(6, 3, seed);
        var options = new MonteCarloOptions { Runs = 1 + (runsByte % 200) };
        var threads = 2 + (threadsByte % 7);

        // When
        var one = MonteCarloForecaster.Run(Compromise, scenario, ModelSettings.Empty, options, new ModelRunContext(seed));
        var many = MonteCarloForecaster.Run(Compromise, scenario, ModelSettings.Empty, options, new ModelRunContext(seed) { MaxDegreeOfParallelism = threads });

        // Then
        AssertBitIdentical(one, many);
    }

    [Fact]
    public void Run_SameSeedManyBlocks_BitIdenticalAcrossOneTwoAndEightThreads()
    {
        // Given: more replicates than blocks × threads, so every thread takes several blocks.
        var scenario = SyntheticScenarios.Create(10, 4);
        var options = new MonteCarloOptions { Runs = 1001 };

        // When
        var results = new[] { 1, 2, 8 }
            .Select(t => MonteCarloForecaster.Run(new MedianModel(), scenario, ModelSettings.Empty, options, new ModelRunContext(7) { MaxDegreeOfParallelism = t }))
            .ToArray();

        // Then
        AssertBitIdentical(results[0], results[1]);
        AssertBitIdentical(results[0], results[2]);
    }

    [Fact]
    public void Run_DifferentSeeds_DifferentSamples()
    {
        // Given
        var scenario = SyntheticScenarios.Create(5, 2);
        var options = new MonteCarloOptions { Runs = 50 };

        // When
        var a = MonteCarloForecaster.Run(Compromise, scenario, ModelSettings.Empty, options, new ModelRunContext(1));
        var b = MonteCarloForecaster.Run(Compromise, scenario, ModelSettings.Empty, options, new ModelRunContext(2));

        // Then
        Assert.NotEqual(a.Issues[0].Samples.ToArray(), b.Issues[0].Samples.ToArray());
    }

    [Property(MaxTest = 15)]
    public void Run_ZeroNoise_EveryReplicateEqualsDeterministicForecast(ulong seed, byte modelByte)
    {
        // Given
        IForecastModel[] models = [Compromise, new MedianModel(), new NashModel(), new MeanModel()];
        var model = models[modelByte % models.Length];
        var scenario = SyntheticScenarios.Create(7, 3, seed);
        var options = new MonteCarloOptions { Runs = 40, Uncertainty = UncertaintySpec.None };

        // When
        var result = MonteCarloForecaster.Run(model, scenario, ModelSettings.Empty, options, new ModelRunContext(seed) { MaxDegreeOfParallelism = 2 });
        var deterministic = model.Run(scenario, ModelSettings.Empty, ModelRunContext.Default);

        // Then
        for (var d = 0; d < scenario.Issues.Length; d++)
        {
            var expected = deterministic.Issues[d].Value!.Value;
            Assert.All(result.Issues[d].Samples, v => Assert.Equal(expected, v));
            Assert.Equal(expected, result.Issues[d].P10);
            Assert.Equal(expected, result.Issues[d].P90);
            Assert.Equal(0.0, result.Issues[d].StandardDeviation);
            Assert.Equal(expected, result.Issues[d].Baseline);
        }
    }

    [Property(MaxTest = 20)]
    public void Run_AnyNoise_QuantilesOrderedAndProbabilitiesSumToOne(ulong seed, byte sigmaByte)
    {
        // Given
        var scenario = SyntheticScenarios.Create(5, 4, seed);
        var spec = new UncertaintySpec { PositionShare = (sigmaByte % 50) / 100.0, SalienceSigma = 0.5, CapabilitySigma = 1 };
        var options = new MonteCarloOptions { Runs = 97, Uncertainty = spec, HistogramBins = 7 };

        // When
        var result = MonteCarloForecaster.Run(Compromise, scenario, ModelSettings.Empty, options, new ModelRunContext(seed));

        // Then
        foreach (var d in result.Issues)
        {
            Assert.True(d.Min <= d.P10 && d.P10 <= d.P50 && d.P50 <= d.P90 && d.P90 <= d.Max, $"{d.Min} {d.P10} {d.P50} {d.P90} {d.Max}");
            Assert.True(d.Mean >= d.Min && d.Mean <= d.Max);
            Assert.Equal(d.Defined, d.Regions.Sum(r => r.Count));
            Assert.Equal(d.Defined, d.Histogram.Sum(b => b.Count));

            // Each probability is count/n rounded once; their sum is within k·ε of 1 (k terms).
            Assert.InRange(d.Regions.Sum(r => r.Probability), 1 - (d.Regions.Length * 2.3e-16), 1 + (d.Regions.Length * 2.3e-16));
            Assert.InRange(d.Histogram.Sum(b => b.Share), 1 - (d.Histogram.Length * 2.3e-16), 1 + (d.Histogram.Length * 2.3e-16));
        }
    }

    [Fact]
    public void Run_PositionNoiseOnly_MeanAndSpreadMatchTheLinearCompromiseModel()
    {
        // Given: three actors mid-scale with σ = 1 point, so reflection at 0 or 100 (≥ 30σ away) never happens.
        // The compromise forecast is linear in positions: Y = Σ w x / W, so E[Y] = Y(x₀) and SD[Y] = σ·sqrt(Σ w²)/W.
        var scenario = new Scenario(
            new ScenarioMetadata("linear"),
            [new Actor("a", "A", 1), new Actor("b", "B", 2), new Actor("c", "C", 3)],
            [new Issue("x", "X", IssueScale.Percent)],
            [new Stance("a", "x", 30, 1), new Stance("b", "x", 50, 0.5), new Stance("c", "x", 70, 1)]);
        var spec = new UncertaintySpec { PositionShare = 0.01, SalienceSigma = 0, CapabilitySigma = 0 };
        const int n = 20_000;

        // When
        var result = MonteCarloForecaster.Run(Compromise, scenario, ModelSettings.Empty, new MonteCarloOptions { Runs = n, Uncertainty = spec }, new ModelRunContext(11) { MaxDegreeOfParallelism = 2 });

        // Then: w = (1, 1, 3), W = 5, Y₀ = (30 + 50 + 210)/5 = 58, SD = sqrt(11)/5.
        var d = result.Issues[0];
        var sd = Math.Sqrt(11) / 5;
        Assert.Equal(58, d.Baseline!.Value, 12);

        // Four standard errors: CLT for the mean (sd/√n); for a normal sample SD, SE ≈ sd/√(2(n − 1)).
        Assert.InRange(d.Mean!.Value, 58 - (4 * sd / Math.Sqrt(n)), 58 + (4 * sd / Math.Sqrt(n)));
        Assert.InRange(d.StandardDeviation!.Value, sd - (4 * sd / Math.Sqrt(2 * (n - 1))), sd + (4 * sd / Math.Sqrt(2 * (n - 1))));
    }

    [Fact]
    public void Run_NobodyCounts_AllReplicatesUndefinedAndNoStatistics()
    {
        // Given: every salience on issue y is 0, and multiplicative noise keeps 0 at 0.
        var scenario = new Scenario(
            new ScenarioMetadata("undefined"),
            [new Actor("a", "A", 1), new Actor("b", "B", 1)],
            [new Issue("x", "X", IssueScale.Percent), new Issue("y", "Y", IssueScale.Percent)],
            [new Stance("a", "x", 20, 1), new Stance("b", "x", 40, 1), new Stance("a", "y", 10, 0), new Stance("b", "y", 90, 0)]);

        // When
        var result = MonteCarloForecaster.Run(Compromise, scenario, ModelSettings.Empty, new MonteCarloOptions { Runs = 30 }, ModelRunContext.Default);

        // Then
        var y = result.For("y")!;
        Assert.Equal(0, y.Defined);
        Assert.Equal(30, y.Undefined);
        Assert.Null(y.Mean);
        Assert.Null(y.P50);
        Assert.Null(y.Baseline);
        Assert.All(y.Regions, r => Assert.Equal(0, r.Probability));
        Assert.Equal(30, result.For("x")!.Defined);
    }

    [Fact]
    public void Run_SomeReplicatesUndefined_CountedAndLeftOutOfTheMean()
    {
        // Given: a model with no forecast whenever actor a's perturbed position is above 50.
        var scenario = new Scenario(
            new ScenarioMetadata("partly undefined"),
            [new Actor("a", "A", 1), new Actor("b", "B", 1)],
            [new Issue("x", "X", IssueScale.Percent)],
            [new Stance("a", "x", 50, 1), new Stance("b", "x", 20, 1)]);
        var model = new UndefinedAboveModel("a", 50);
        var options = new MonteCarloOptions { Runs = 500 };
        var context = new ModelRunContext(5) { MaxDegreeOfParallelism = 2 };
        var plan = PerturbationPlan.Create(scenario, UncertaintySpec.Default);

        // When
        var result = MonteCarloForecaster.Run(model, scenario, ModelSettings.Empty, options, context);

        // Then
        var replicates = Enumerable.Range(0, 500).Select(i => MonteCarloForecaster.RunReplicate(model, plan, ModelSettings.Empty, context, i).Issues[0].Value).ToArray();
        var defined = replicates.Where(v => v is not null).Select(v => v!.Value).ToArray();
        var d = result.Issues[0];
        Assert.InRange(defined.Length, 150, 350);
        Assert.Equal(defined.Length, d.Defined);
        Assert.Equal(500 - defined.Length, d.Undefined);
        Assert.Equal(defined.Average(), d.Mean!.Value, 10);
        Assert.Equal(defined.Min(), d.Min);
    }

    [Fact]
    public void Run_WithProgress_ReportsNonDecreasingSharesEndingAtOne()
    {
        // Given
        var reports = new List<double>();
        var progress = new SynchronousProgress(reports);
        var scenario = SyntheticScenarios.Create(4, 2);

        // When
        MonteCarloForecaster.Run(Compromise, scenario, ModelSettings.Empty, new MonteCarloOptions { Runs = 1000 }, new ModelRunContext(3) { Progress = progress, MaxDegreeOfParallelism = 2 });

        // Then
        Assert.NotEmpty(reports);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.First <= p.Second));
        Assert.Equal(1.0, reports[^1]);
        Assert.True(reports.Count <= 101);
    }

    [Fact]
    public void Run_Cancelled_Throws()
    {
        // Given
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        // When / Then
        Assert.ThrowsAny<OperationCanceledException>(() => MonteCarloForecaster.Run(
            Compromise, SyntheticScenarios.Create(3, 1), ModelSettings.Empty, new MonteCarloOptions { Runs = 500 },
            new ModelRunContext(1) { Cancellation = cts.Token, MaxDegreeOfParallelism = 2 }));
    }

    [Fact]
    public void Run_ScenarioCarriesSpec_UsesItUnlessOptionsOverride()
    {
        // Given
        var scenario = SyntheticScenarios.Create(4, 2) with { Uncertainty = UncertaintySpec.None };

        // When
        var fromScenario = MonteCarloForecaster.Run(Compromise, scenario, ModelSettings.Empty, new MonteCarloOptions { Runs = 10 }, ModelRunContext.Default);
        var overridden = MonteCarloForecaster.Run(Compromise, scenario, ModelSettings.Empty, new MonteCarloOptions { Runs = 10, Uncertainty = UncertaintySpec.Default }, ModelRunContext.Default);

        // Then
        Assert.Equal(0.0, fromScenario.Issues[0].StandardDeviation);
        Assert.True(overridden.Issues[0].StandardDeviation > 0);
        Assert.Same(UncertaintySpec.None, fromScenario.Uncertainty);
    }

    [Fact]
    public void Run_BadModelOption_ThrowsBeforeAnyReplicate()
    {
        // Given
        var settings = ModelSettings.Empty.With("weighting", "votes");

        // When
        var ex = Assert.Throws<ModelOptionException>(() => MonteCarloForecaster.Run(Compromise, SyntheticScenarios.Create(3, 1), settings, new MonteCarloOptions { Runs = 5 }, ModelRunContext.Default));

        // Then
        Assert.Contains("weighting", ex.Message, StringComparison.Ordinal);
    }

    internal static void AssertBitIdentical(MonteCarloResult a, MonteCarloResult b)
    {
        Assert.Equal(a.Issues.Length, b.Issues.Length);
        for (var d = 0; d < a.Issues.Length; d++)
        {
            var x = a.Issues[d];
            var y = b.Issues[d];
            Assert.Equal(x.Samples.Select(Bits), y.Samples.Select(Bits));
            Assert.Equal(Bits(x.Mean), Bits(y.Mean));
            Assert.Equal(Bits(x.StandardDeviation), Bits(y.StandardDeviation));
            Assert.Equal(Bits(x.P10), Bits(y.P10));
            Assert.Equal(Bits(x.P50), Bits(y.P50));
            Assert.Equal(Bits(x.P90), Bits(y.P90));
            Assert.Equal(x.Histogram.ToArray(), y.Histogram.ToArray());
            Assert.Equal(x.Regions.ToArray(), y.Regions.ToArray());
            Assert.Equal(x.Defined, y.Defined);
            Assert.Equal(x.Undefined, y.Undefined);
        }
    }

    private static long Bits(double v) => BitConverter.DoubleToInt64Bits(v);

    private static long Bits(double? v) => v is { } x ? BitConverter.DoubleToInt64Bits(x) : long.MinValue;

    private sealed class SynchronousProgress(List<double> sink) : IProgress<double>
    {
        public void Report(double value) => sink.Add(value);
    }

    private sealed class UndefinedAboveModel(string actorId, double threshold) : StaticIssueModel
    {
        public override string Name => "undefined-above";

        public override string Summary => "Compromise, but undefined when one actor sits above a threshold.";

        public override double? Compute(IssueSlice slice, ModelSettings settings)
        {
            var k = slice.ActorIds.IndexOf(actorId);
            return slice.Positions[k] > threshold ? null : WeightedStatistics.WeightedMean(slice.Positions.AsSpan(), slice.Weights());
        }

        protected override string Basis(ModelSettings settings) => "test";
    }
}
