using FsCheck.Xunit;
using Statecraft.Model.ExpectedUtility;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Randomness;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;
using Statecraft.Model.Uncertainty.Sensitivity;
using Statecraft.Testing;

namespace Statecraft.Model.Tests.Uncertainty;

/// <summary>The value-only path (<see cref="IOutcomeModel"/>) against the full path: the same numbers, bit for bit.</summary>
public sealed class OutcomePathTests
{
    /// <summary>Every eu reading that changes the dynamics or the stopping round, plus the cheap baselines.</summary>
    public static TheoryData<string, string> Cases() => new()
    {
        { "eu", string.Empty },
        { "eu", "preset=paper-literal" },
        { "eu", "stop=plateau;rounds=40" },
        { "eu", "stop=discount-rule;rounds=40" },
        { "eu", "stop=cycle-detection;rounds=60;cycle-max-period=5" },
        { "eu", "conflict-resolution=stochastic;rounds=15" },
        { "eu", "preset=paper-literal;conflict-resolution=no-move;range-mode=recompute-each-round;move-origin=original" },
        { "eu", "median-rule=cumulative-weight;q=0.5;q-term=included;perspective=sender" },
        { "compromise", string.Empty },
        { "median", "method=vote-scan" },
        { "nash", string.Empty },
        { "mean", string.Empty },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_PerturbedReplicates_BitIdenticalToFullRunOfPerturbedScenario(string modelName, string options)
    {
        // Given: a scenario with missing stances, salience-0 stances, stance capabilities and stances out of actor order.
        Assert.True(ModelCatalog.TryGet(modelName, out var found));
        var model = Assert.IsAssignableFrom<IOutcomeModel>(found);
        var settings = Settings(options);
        foreach (var seed in new ulong[] { 1, 42, 2026 })
        {
            var scenario = Ragged(seed);
            var plan = PerturbationPlan.Create(scenario, UncertaintySpec.Default with { PositionShare = 0.3 });
            var evaluator = model.CreateEvaluator(scenario, settings);
            var values = new StanceValues(scenario);
            var z = new double[plan.Count];
            var outcomes = new double[scenario.Issues.Length];
            for (var r = 0; r < 12; r++)
            {
                // When: one evaluator and one value set serve every replicate, as on a worker thread.
                var runSeed = SeedSequence.Derive(seed, (ulong)r);
                plan.Draw(new Xoshiro256StarStar(runSeed), z);
                plan.Apply(z, values);
                evaluator.Evaluate(values, runSeed, outcomes);
                var full = model.Run(plan.Apply(z), settings, new ModelRunContext(runSeed));

                // Then
                for (var d = 0; d < scenario.Issues.Length; d++)
                {
                    Assert.Equal(Bits(full.Issues[d].Value), Bits(outcomes[d]));
                }
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("preset=paper-literal")]
    [InlineData("conflict-resolution=stochastic;rounds=12")]
    public void Run_EuValueOnlyPath_BitIdenticalToFullPathForOneTwoAndThreeThreads(string options)
    {
        // Given
        var scenario = Ragged(5);
        var settings = Settings(options);
        var mc = new MonteCarloOptions { Runs = 150 };
        var fullOnly = new FullPathOnly(new ExpectedUtilityModel());

        // When
        var reference = MonteCarloForecaster.Run(fullOnly, scenario, settings, mc, new ModelRunContext(9));
        var lean = new[] { 1, 2, 3 }
            .Select(t => MonteCarloForecaster.Run(new ExpectedUtilityModel(), scenario, settings, mc, new ModelRunContext(9) { MaxDegreeOfParallelism = t }))
            .ToArray();

        // Then
        Assert.All(lean, r => MonteCarloForecasterTests.AssertBitIdentical(reference, r));
    }

    [Fact]
    public void SobolRun_EuValueOnlyPath_SameIndicesAsFullPathOnTwoThreads()
    {
        // Given
        var scenario = SyntheticScenarios.Create(5, 2, 8);
        var options = new SobolOptions { Samples = 24 };

        // When
        var full = SobolAnalysis.Run(new FullPathOnly(new ExpectedUtilityModel()), scenario, ModelSettings.Empty, options, new ModelRunContext(4));
        var lean = SobolAnalysis.Run(new ExpectedUtilityModel(), scenario, ModelSettings.Empty, options, new ModelRunContext(4) { MaxDegreeOfParallelism = 2 });

        // Then
        Assert.Equal(full.Issues.Length, lean.Issues.Length);
        for (var d = 0; d < full.Issues.Length; d++)
        {
            Assert.Equal(full.Issues[d].Variance, lean.Issues[d].Variance);
            Assert.Equal(full.Issues[d].Indices.ToArray(), lean.Issues[d].Indices.ToArray());
        }
    }

    [Property(MaxTest = 25)]
    public void Apply_IntoValues_EqualsSliceOfPerturbedScenario(ulong seed)
    {
        // Given
        var scenario = Ragged(seed);
        var plan = PerturbationPlan.Create(scenario, UncertaintySpec.Default with { PositionShare = 0.5, SalienceSigma = 0.8, CapabilitySigma = 0.8 });
        var z = new double[plan.Count];
        plan.Draw(new Xoshiro256StarStar(seed), z);
        var values = new StanceValues(scenario);

        // When
        plan.Apply(z, values);
        var perturbed = plan.Apply(z);

        // Then
        for (var d = 0; d < scenario.Issues.Length; d++)
        {
            AssertSameSlice(perturbed.Slice(scenario.Issues[d].Id), values.Slice(d));
        }
    }

    [Fact]
    public void Slice_UnperturbedValues_EqualsScenarioSlice()
    {
        // Given
        var scenario = Ragged(3);

        // When
        var values = new StanceValues(scenario);

        // Then: the filter (salience > 0), the order (actors) and the capability fallback are the scenario's.
        for (var d = 0; d < scenario.Issues.Length; d++)
        {
            AssertSameSlice(scenario.Slice(scenario.Issues[d].Id), values.Slice(d));
        }
    }

    [Fact]
    public void Gather_ShortBuffer_Throws()
    {
        // Given
        var values = new StanceValues(SyntheticScenarios.Create(4, 1));
        var shortBuffer = new double[3];

        // When
        var error = Assert.Throws<ArgumentException>(() => values.Gather(0, shortBuffer, new double[4], new double[4]));

        // Then
        Assert.StartsWith("The buffers must hold 4 values.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_IssueWithoutCountedActors_GivesNaNLikeTheFullRunsNull()
    {
        // Given: issue i1 has only salience-0 stances.
        var baseScenario = SyntheticScenarios.Create(4, 2);
        var scenario = baseScenario.WithStances(baseScenario.Stances.Select(st => st.IssueId == "i1" ? st with { Salience = 0 } : st));
        var model = new ExpectedUtilityModel();
        var outcomes = new double[2];

        // When
        model.CreateEvaluator(scenario, ModelSettings.Empty).Evaluate(new StanceValues(scenario), 42, outcomes);
        var full = model.Run(scenario, ModelSettings.Empty, ModelRunContext.Default);

        // Then
        Assert.Null(full.Issues[1].Value);
        Assert.True(double.IsNaN(outcomes[1]));
        Assert.Equal(full.Issues[0].Value, outcomes[0]);
    }

    /// <summary>A synthetic scenario roughened to exercise every rule of <see cref="Scenario.Slice"/>.</summary>
    internal static Scenario Ragged(ulong seed)
    {
        var basis = SyntheticScenarios.Create(9, 4, seed);
        var stances = new List<Stance>();
        for (var k = 0; k < basis.Stances.Length; k++)
        {
            var st = basis.Stances[k];
            switch (k % 7)
            {
                case 3:
                    continue;
                case 5:
                    stances.Add(st with { Salience = 0 });
                    break;
                case 6:
                    stances.Add(st with { Capability = 0.5 + (0.1 * k) });
                    break;
                default:
                    stances.Add(st);
                    break;
            }
        }

        stances.Reverse();
        return basis.WithStances(stances);
    }

    internal static ModelSettings Settings(string pairs) =>
        ModelSettings.From(pairs.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .Select(p => new KeyValuePair<string, string>(p[0], p[1])));

    private static void AssertSameSlice(IssueSlice expected, IssueSlice actual)
    {
        Assert.Equal(expected.Issue, actual.Issue);
        Assert.Equal(expected.ActorIds.ToArray(), actual.ActorIds.ToArray());
        Assert.Equal(expected.Positions.Select(Bits), actual.Positions.Select(Bits));
        Assert.Equal(expected.Saliences.Select(Bits), actual.Saliences.Select(Bits));
        Assert.Equal(expected.Capabilities.Select(Bits), actual.Capabilities.Select(Bits));
    }

    private static long Bits(double v) => double.IsNaN(v) ? long.MinValue : BitConverter.DoubleToInt64Bits(v);

    private static long Bits(double? v) => v is { } x ? Bits(x) : long.MinValue;

    /// <summary>Hides a model's value-only path, so that the engine runs it in full.</summary>
    private sealed class FullPathOnly(IForecastModel inner) : IForecastModel
    {
        public string Name => inner.Name;

        public string Summary => inner.Summary;

        public IReadOnlyList<ModelOption> Options => inner.Options;

        public Forecast Run(Scenario scenario, ModelSettings settings, ModelRunContext context) => inner.Run(scenario, settings, context);
    }
}
