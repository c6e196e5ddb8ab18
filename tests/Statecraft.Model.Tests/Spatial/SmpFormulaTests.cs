using Statecraft.Model.Spatial;
using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Tests.Spatial;

/// <summary>Hand-computed values of the SMP formulas (§3.4–3.7, §3.11).</summary>
public sealed class SmpFormulaTests
{
    [Theory]
    [InlineData(0.0, 0.7, 1.0)]
    [InlineData(1.0, -0.4, 0.0)]
    [InlineData(0.3, 0.0, 0.7)]
    [InlineData(0.3, 1.0, 0.91)] // 1 − d²
    [InlineData(0.3, -1.0, 0.49)] // (1 − d)²
    [InlineData(0.5, 0.5, 0.625)] // 0.5 · 1.25
    public void Utility_HandValues(double d, double r, double expected) =>
        Assert.Equal(expected, SmpMath.Utility(d, r), 15);

    [Fact]
    public void Utilities_Vectorised_IsBitIdenticalToScalar()
    {
        double[] d = [0, 0.1, 0.25, 0.5, 0.75, 0.999, 1, 1.0000000000000002, 0.3];
        double[] r = [-1, -0.5, 0, 0.2, 0.5, 1, 0.3, -0.3, 0.9];
        var result = new double[d.Length];
        SmpMath.Utilities([.. d.Select(x => 1 - x)], [.. d.Select(x => Math.Min(x, 1))], r, result);
        for (var k = 0; k < d.Length; k++)
        {
            Assert.Equal(SmpMath.Utility(d[k], r[k]), result[k]);
        }
    }

    [Theory]
    [InlineData(SmpVotingRule.Prop, 0.3, 0.6)]
    [InlineData(SmpVotingRule.Binary, 0.3, 2.0)]
    [InlineData(SmpVotingRule.Binary, -1e-9, -0.2)]
    [InlineData(SmpVotingRule.PropBin, 0.3, 0.88)] // 2·(0.24 + 0.2)
    [InlineData(SmpVotingRule.PropCbc, 0.2, 0.208)] // 2·(0.1 + 0.004)
    [InlineData(SmpVotingRule.Cubic, -0.5, -0.25)]
    [InlineData(SmpVotingRule.ASymProsp, 0.3, 0.4)] // (2/3)·2·0.3
    [InlineData(SmpVotingRule.ASymProsp, -0.3, -0.6)]
    public void Vote_HandValues(SmpVotingRule rule, double delta, double expected) =>
        Assert.Equal(expected, SmpMath.Vote(rule, 2, delta), 12);

    [Theory]
    [InlineData(0.12344, 0.1234)]
    [InlineData(0.12345, 0.1235)]
    [InlineData(0.3, 0.3)]
    public void Round4_RoundsHalfUp(double x, double expected) => Assert.Equal(expected, SmpMath.Round4(x));

    [Fact]
    public void Election_TwoOptions_ConditionalGivesCoalitionShares()
    {
        // Given voters of weight 1 and 2, the first preferring option 0 by 1, the second option 1 by 1
        double[] w = [1, 2];
        double[] u = [1, 0, 0, 1];
        var p = new double[2];

        // When the election runs with Prop, Linear and Conditional
        new SmpElection(SmpOptions.Default).Solve(w, u, 2, p);

        // Then C(1:0) = 2 + ε, C(0:1) = 1 + ε, so P ∝ (½·V(0,1), ½·V(1,0)) = (1/3, 2/3)
        Assert.Equal(1.0 / 3, p[0], 7);
        Assert.Equal(2.0 / 3, p[1], 7);
    }

    [Theory]
    [InlineData(SmpPceModel.MarkovUniform)]
    [InlineData(SmpPceModel.MarkovIncentive)]
    public void Election_TwoOptions_MarkovChainsReachTheSameShares(SmpPceModel model)
    {
        // With two options the Markov fixed point is P(a) = V(a, b): here (1/3, 2/3).
        double[] w = [1, 2];
        double[] u = [1, 0, 0, 1];
        var p = new double[2];
        new SmpElection(SmpOptions.Default with { PceModel = model }).Solve(w, u, 2, p);
        Assert.Equal(1.0 / 3, p[0], 5);
        Assert.Equal(2.0 / 3, p[1], 5);
    }

    [Fact]
    public void Election_AsymmetricRule_CompatibleDependsOnOrientationCorrectedDoesNot()
    {
        // Given two equal voters, A preferring option X by 0.3 and B preferring option Y by 0.3
        double[] w = [1, 1];
        double[] xFirst = [1, 0.7, 0.7, 1];
        double[] yFirst = [0.7, 1, 1, 0.7];
        var compatible = SmpOptions.Default with { VotingRule = SmpVotingRule.ASymProsp };
        var corrected = compatible with { Mode = SmpMode.Corrected };
        var p = new double[2];
        var q = new double[2];

        // When KTAB's rule votes for the later option over the earlier (Q8): the earlier option's backer counts 0.3
        // as a loss, the later option's backer (2/3)·0.3 as a gain
        new SmpElection(compatible).Solve(w, xFirst, 2, p);
        new SmpElection(compatible).Solve(w, yFirst, 2, q);

        // Then X prevails with 0.3/0.5 when listed first and 0.2/0.5 when listed second
        Assert.Equal(0.6, p[0], 7);
        Assert.Equal(0.4, q[1], 7);

        // And the corrected mode gives 1/2 either way
        new SmpElection(corrected).Solve(w, xFirst, 2, p);
        new SmpElection(corrected).Solve(w, yFirst, 2, q);
        Assert.Equal(0.5, p[0], 12);
        Assert.Equal(0.5, q[1], 12);
    }

    [Fact]
    public void Bargain_S2P2_HandValue()
    {
        // Given θ_i = 0.2, θ_j = 0.8, s_i = 0.5, s_j = 0.25, p_I = 0.6: w_i = 0.09, w_j = 0.01
        var bi = new double[1];
        var br = new double[1];
        SmpBargaining.Interpolate(SmpBargainInterpolation.S2P2, [0.2], [0.8], [0.5], [0.25], 0.6, bi, br);

        // Then both copies round to (0.09·0.2 + 0.01·0.8)/0.1 = 0.26
        Assert.Equal(0.26, bi[0], 12);
        Assert.Equal(0.26, br[0], 12);
    }

    [Fact]
    public void Bargain_S2PMax_OnlyTheWeakerSideMoves()
    {
        // Given p_I = 0.7, the receiver is weaker: δ_i = 0, δ_j = 0.4
        var bi = new double[1];
        var br = new double[1];
        SmpBargaining.Interpolate(SmpBargainInterpolation.S2PMax, [0.2], [0.8], [0.5], [0.5], 0.7, bi, br);
        Assert.Equal(0.2, bi[0], 12);

        // b^R = 0.8 + (0.2 − 0.8)·0.4·0.25/(0.4·0.25 + 1e-6 + 0.6·0.25)
        Assert.Equal(0.8 - (0.6 * 0.1 / (0.1 + 1e-6 + 0.15)), br[0], 12);
    }

    [Fact]
    public void Challenge_VectorAndScalarPaths_Agree()
    {
        // Given random utilities for 11 actors, When the vectorised Prop path runs, Then it matches a plain loop
        var rng = new Statecraft.Model.Randomness.Xoshiro256StarStar(5);
        var n = 11;
        var ui = Enumerable.Range(0, n).Select(_ => rng.NextDouble()).ToArray();
        var uj = Enumerable.Range(0, n).Select(_ => rng.NextDouble()).ToArray();
        var own = Enumerable.Range(0, n).Select(_ => rng.NextDouble()).ToArray();
        var w = Enumerable.Range(0, n).Select(_ => 0.1 + rng.NextDouble()).ToArray();
        var masked = (double[])w.Clone();
        masked[2] = masked[7] = 0;
        foreach (var commit in Enum.GetValues<SmpThirdPartyCommit>())
        {
            var (ci, cj) = SmpChallengeVector.ThirdParties(ui, uj, own, masked, 0.3, 0.2, commit, sincere: false);
            double ei = 0.3, ej = 0.2;
            for (var t = 0; t < n; t++)
            {
                if (t is 2 or 7)
                {
                    continue;
                }

                var first = w[t] * (ui[t] - uj[t]);
                var p = (0.3 + Math.Max(first, 0)) / (0.3 + Math.Max(first, 0) + 0.2 + Math.Max(-first, 0));
                var (joinI, joinJ) = commit switch
                {
                    SmpThirdPartyCommit.FullCommit => ((3 * ui[t] * p) + (3 * uj[t] * (1 - p)), (3 * ui[t] * p) + (3 * uj[t] * (1 - p))),
                    SmpThirdPartyCommit.NoCommit => ((p * ((2 * ui[t]) + own[t])) + ((1 - p) * ((2 * uj[t]) + own[t])), (p * ((2 * ui[t]) + own[t])) + ((1 - p) * ((2 * uj[t]) + own[t]))),
                    _ => ((p * ((2 * ui[t]) + own[t])) + ((1 - p) * 3 * uj[t]), (p * 3 * ui[t]) + ((1 - p) * ((2 * uj[t]) + own[t]))),
                };
                var v = w[t] * (joinI - joinJ);
                ei += Math.Max(v, 0);
                ej += Math.Max(-v, 0);
            }

            // Then the sums agree to rounding, and Q1 holds exactly: no third-party vote under NoCommit/FullCommit
            Assert.Equal(ei, ci, 14);
            Assert.Equal(ej, cj, 14);
            if (commit != SmpThirdPartyCommit.SemiCommit)
            {
                Assert.Equal((0.3, 0.2), (ci, cj));
            }
        }
    }
}
