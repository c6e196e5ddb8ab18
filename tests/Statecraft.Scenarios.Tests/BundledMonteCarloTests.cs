using Statecraft.Model.ExpectedUtility;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Randomness;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;

namespace Statecraft.Scenarios.Tests;

/// <summary>The value-only eu path on the bundled default scenario, under its own uncertainty section, against full runs.</summary>
public sealed class BundledMonteCarloTests
{
    [Theory]
    [InlineData("scholz-code", 42UL)]
    [InlineData("scholz-code", 7UL)]
    [InlineData("paper-literal", 42UL)]
    [InlineData("paper-literal", 2025UL)]
    public void MiddleEast_EuValueOnlyPath_BitIdenticalToFullRunsOnEveryIssue(string preset, ulong seed)
    {
        // Given
        var scenario = BundledScenarios.Load("middle-east-2025");
        var model = new ExpectedUtilityModel();
        var settings = ModelSettings.Empty.With("preset", preset);
        var plan = PerturbationPlan.Create(scenario, scenario.Uncertainty!);
        var evaluator = model.CreateEvaluator(scenario, settings);
        var values = new StanceValues(scenario);
        var z = new double[plan.Count];
        var outcomes = new double[scenario.Issues.Length];

        for (var r = 0; r < 10; r++)
        {
            // When
            var runSeed = SeedSequence.Derive(seed, (ulong)r);
            plan.Draw(new Xoshiro256StarStar(runSeed), z);
            plan.Apply(z, values);
            evaluator.Evaluate(values, runSeed, outcomes);
            var full = model.Run(plan.Apply(z), settings, new ModelRunContext(runSeed));

            // Then
            for (var d = 0; d < outcomes.Length; d++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(full.Issues[d].Value!.Value), BitConverter.DoubleToInt64Bits(outcomes[d]));
            }
        }
    }

    [Fact]
    public void MiddleEast_MonteCarloEu_SameForOneTwoAndThreeThreads()
    {
        // Given
        var scenario = BundledScenarios.Load("middle-east-2025");
        var options = new MonteCarloOptions { Runs = 200 };

        // When
        var runs = new[] { 1, 2, 3 }
            .Select(t => MonteCarloForecaster.Run(new ExpectedUtilityModel(), scenario, ModelSettings.Empty, options, new ModelRunContext(42) { MaxDegreeOfParallelism = t }))
            .ToArray();

        // Then
        for (var d = 0; d < scenario.Issues.Length; d++)
        {
            var first = runs[0].Issues[d].Samples.Select(BitConverter.DoubleToInt64Bits).ToArray();
            Assert.All(runs, r => Assert.Equal(first, r.Issues[d].Samples.Select(BitConverter.DoubleToInt64Bits).ToArray()));
        }
    }
}
