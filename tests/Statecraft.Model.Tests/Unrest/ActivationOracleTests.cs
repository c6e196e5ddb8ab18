using Statecraft.Model.Randomness;
using Statecraft.Model.Unrest;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Tests.Unrest;

/// <summary>Oracles 3–5 of §7.5: who can be active, and the active share with and without deterrence.</summary>
public class ActivationOracleTests
{
    private const double T = 0.1;

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.93)]
    [InlineData(1.0)]
    public void Run_LegitimacyAtLeastOneMinusT_NobodyIsEverActive(double legitimacy)
    {
        // Given L ≥ 1 − T, with and without cops, When the model runs, Then G = H(1 − L) ≤ T and no one is ever active.
        foreach (var cops in new[] { 0.0, 0.04 })
        {
            var options = new UnrestOptions { Legitimacy = legitimacy, CopDensity = cops };
            var run = new UnrestModel(options).Run(60, seed: 7);
            Assert.All(run.Ticks, t => Assert.Equal(0, t.Active));
        }
    }

    [Theory]
    [InlineData(0.82, 0.4444)]
    [InlineData(0.80, 0.5)]
    [InlineData(0.70, 0.6667)]
    [InlineData(0.89, 0.0909)]
    public void UndeterredShare_PublishedValues(double legitimacy, double share)
    {
        Assert.Equal(share, ActivationRule.UndeterredShare(legitimacy, T), 4);
    }

    [Theory]
    [InlineData(0.82)]
    [InlineData(0.80)]
    [InlineData(0.70)]
    [InlineData(0.89)]
    public void Step_NoCops_ActiveIffHardshipAboveTOverOneMinusL(double legitimacy)
    {
        // Given no cop anywhere (P = 0 for everyone) and no movement, When one activation sweep runs,
        var options = new UnrestOptions { Width = 150, Height = 150, CopDensity = 0, Legitimacy = legitimacy, AgentMovement = false };
        var model = new UnrestModel(options);
        var rng = new Xoshiro256StarStar(11);
        var state = model.Next(model.CreateInitialState(rng), rng);

        // Then each agent is active exactly when H > T/(1 − L) ...
        var cut = T / (1 - legitimacy);
        for (var i = 0; i < state.Agents; i++)
        {
            Assert.Equal(state.Hardship[i] * (1 - legitimacy) > T, state.StateOf(i) == AgentState.Active);
        }

        // ... and the share is 1 − T/(1 − L) within 4 binomial standard errors (H ~ U(0, 1) i.i.d.; P(|Z| > 4) < 1e-4).
        var p = ActivationRule.UndeterredShare(legitimacy, T);
        var share = (double)state.Active / state.Agents;
        var band = 4 * Math.Sqrt(p * (1 - p) / state.Agents);
        Assert.InRange(share, p - band, p + band);
        Assert.True(cut > 0);
    }

    [Theory]
    [InlineData(0.82, 0.01976)]
    [InlineData(0.80, 0.02779)]
    [InlineData(0.70, 0.07410)]
    [InlineData(0.89, 0.000505)]
    public void DeterredShare_OneCopPerActive_PublishedValues(double legitimacy, double share)
    {
        var p1 = 1 - Math.Exp(-2.3);
        Assert.Equal(share, ActivationRule.DeterredShare(legitimacy, T, p1), share * 5e-4);
    }

    [Theory]
    [InlineData(0.82)]
    [InlineData(0.70)]
    [InlineData(0.30)]
    public void DeterredShare_EqualsIntegralOfTheActivationRule(double legitimacy)
    {
        // Given P = P₁ for every agent, When rule A is integrated over H, R ~ U(0, 1) on an n × n midpoint grid,
        // Then the share matches the closed form within the grid's error: the indicator's boundary crosses at most
        // 2n cells, each of area 1/n², so the error is ≤ 2/n.
        const int n = 2000;
        var p1 = 1 - Math.Exp(-2.3);
        var active = 0L;
        for (var a = 0; a < n; a++)
        {
            var g = ActivationRule.Grievance((a + 0.5) / n, legitimacy);
            for (var b = 0; b < n; b++)
            {
                if (ActivationRule.IsActive(g, (b + 0.5) / n, p1, T))
                {
                    active++;
                }
            }
        }

        Assert.Equal(ActivationRule.DeterredShare(legitimacy, T, p1), (double)active / n / n, 2.0 / n);
    }

    [Fact]
    public void IsActive_InequalityIsStrict()
    {
        Assert.False(ActivationRule.IsActive(0.1, 0.5, 0, 0.1));
        Assert.True(ActivationRule.IsActive(0.1000001, 0.5, 0, 0.1));
    }
}
