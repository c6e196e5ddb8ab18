using Statecraft.Model.Baselines;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;
using Statecraft.Model.Uncertainty.Sensitivity;
using Statecraft.Testing;

namespace Statecraft.Model.Tests.Uncertainty;

public sealed class SensitivityTests
{
    // w = c·s = (1, 1, 3), W = 5, compromise Y = (30 + 50 + 3·70)/5 = 58.
    private static readonly Scenario Linear = new(
        new ScenarioMetadata("linear"),
        [new Actor("a", "A", 1), new Actor("b", "B", 2), new Actor("c", "C", 3)],
        [new Issue("x", "X", IssueScale.Percent)],
        [new Stance("a", "x", 30, 1), new Stance("b", "x", 50, 0.5), new Stance("c", "x", 70, 1)]);

    [Fact]
    public void OneAtATime_LinearCompromise_HandComputedSwingsRankedLargestFirst()
    {
        // When
        var result = OneAtATimeAnalysis.Run(new CompromiseModel(), Linear, ModelSettings.Empty, OneAtATimeOptions.Default, ModelRunContext.Default);

        // Then: a position step of ±10 moves Y by ±10·w_k/W.
        var x = result.For("x")!;
        Assert.Equal(58, x.Baseline!.Value, 12);
        Assert.Equal(9, x.Effects.Length);
        var top = x.Effects[0];
        Assert.Equal(new ScenarioInput(InputKind.Position, "c", "x"), top.Input);
        Assert.Equal(60, top.LowValue);
        Assert.Equal(80, top.HighValue);
        Assert.Equal(52, top.LowForecast!.Value, 12);
        Assert.Equal(64, top.HighForecast!.Value, 12);
        var posA = x.Effects.Single(e => e.Input == new ScenarioInput(InputKind.Position, "a", "x"));
        Assert.Equal(4, posA.Swing!.Value, 12);

        // capability(c) ÷/× 1.5: w_c = 2 → Y = 220/4 = 55; w_c = 4.5 → Y = 395/6.5.
        var capC = x.Effects.Single(e => e.Input.Kind == InputKind.Capability && e.Input.ActorId == "c");
        Assert.Equal(55, capC.LowForecast!.Value, 12);
        Assert.Equal(395 / 6.5, capC.HighForecast!.Value, 12);

        // salience(a) = 1 can only go down: the high case is clamped at 1.
        var salA = x.Effects.Single(e => e.Input == new ScenarioInput(InputKind.Salience, "a", "x"));
        Assert.Equal(0.9, salA.LowValue, 15);
        Assert.Equal(1, salA.HighValue);
        Assert.True(x.Effects.Zip(x.Effects.Skip(1)).All(p => p.First.Swing >= p.Second.Swing));
    }

    [Fact]
    public void Sobol_LinearCompromisePositionsOnly_MatchesAnalyticIndicesWithinFourStandardErrors()
    {
        // Given: only positions vary, σ = 1 point each, far from the ends (no reflection). Y is linear,
        // Y = Σ (w_k/W) x_k, so V_k = (w_k/W)²σ², and S_k = S_Tk = w_k² / Σ w² = (1/11, 1/11, 9/11).
        var options = new SobolOptions { Samples = 4096, Uncertainty = new UncertaintySpec { PositionShare = 0.01, SalienceSigma = 0, CapabilitySigma = 0 } };

        // When
        var result = SobolAnalysis.Run(new CompromiseModel(), Linear, ModelSettings.Empty, options, new ModelRunContext(2024) { MaxDegreeOfParallelism = 2 });

        // Then
        var x = result.For("x")!;
        Assert.Equal(3, x.Indices.Length);
        // V(Y) = σ²Σw²/W² = 11/25; a normal sample variance of 2N values has SE ≈ V·√(2/(2N − 1)).
        var v = 11.0 / 25;
        var se = v * Math.Sqrt(2.0 / ((2 * 4096) - 1));
        Assert.InRange(x.Variance!.Value, v - (4 * se), v + (4 * se));
        var expected = new Dictionary<string, double> { ["a"] = 1.0 / 11, ["b"] = 1.0 / 11, ["c"] = 9.0 / 11 };
        Assert.Equal("c", x.Indices[0].Input.ActorId);
        foreach (var index in x.Indices)
        {
            Assert.Equal(InputKind.Position, index.Input.Kind);
            var s = expected[index.Input.ActorId];
            Assert.InRange(index.First!.Value, s - (4 * index.FirstError!.Value), s + (4 * index.FirstError!.Value));
            Assert.InRange(index.Total!.Value, s - (4 * index.TotalError!.Value), s + (4 * index.TotalError!.Value));
            Assert.True(index.FirstError < 0.05 && index.TotalError < 0.05);
        }
    }

    [Fact]
    public void Sobol_SameSeed_BitIdenticalForOneAndThreeThreads()
    {
        // Given
        var scenario = SyntheticScenarios.Create(4, 2, 9);
        var options = new SobolOptions { Samples = 40 };

        // When
        var one = SobolAnalysis.Run(new MedianModel(), scenario, ModelSettings.Empty, options, new ModelRunContext(5));
        var three = SobolAnalysis.Run(new MedianModel(), scenario, ModelSettings.Empty, options, new ModelRunContext(5) { MaxDegreeOfParallelism = 3 });

        // Then
        for (var d = 0; d < one.Issues.Length; d++)
        {
            Assert.Equal(one.Issues[d].Variance, three.Issues[d].Variance);
            Assert.Equal(one.Issues[d].Indices.ToArray(), three.Issues[d].Indices.ToArray());
        }
    }

    [Fact]
    public void Sobol_SilentInputs_LeftOut()
    {
        // Given: capability noise off for everyone, and b's salience on y is 0.
        var scenario = new Scenario(
            new ScenarioMetadata("silent"),
            [new Actor("a", "A", 1), new Actor("b", "B", 1)],
            [new Issue("y", "Y", IssueScale.Percent)],
            [new Stance("a", "y", 20, 0.5), new Stance("b", "y", 80, 0)]);
        var options = new SobolOptions { Samples = 8, Uncertainty = new UncertaintySpec { CapabilitySigma = 0 } };

        // When
        var result = SobolAnalysis.Run(new CompromiseModel(), scenario, ModelSettings.Empty, options, ModelRunContext.Default);

        // Then: position(a), salience(a), position(b) remain; salience(b) = 0 cannot move.
        Assert.Equal(
            ["position(a, y)", "position(b, y)", "salience(a, y)"],
            result.Issues[0].Indices.Select(i => i.Input.Name).Order(StringComparer.Ordinal).ToArray());
    }
}
