using Statecraft.Model.ExpectedUtility;
using Statecraft.Model.ExpectedUtility.Options;

namespace Statecraft.Model.Tests.ExpectedUtility;

/// <summary>
/// The fast paths of a round (prefix sums for exponent-1 votes, the vectorised voter sum, compression of equal
/// positions, parallel rows) against the definitions of §2.3 step 3 computed by brute force.
/// </summary>
public sealed class FastPathTests
{
    public static TheoryData<string, bool> Cases => new()
    {
        { "synthetic_n10.csv", false },
        { "synthetic_n50.csv", true },
        { "emission_bdm1994.csv", false },
        { "iran2013_preana.csv", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Probabilities_MatchBruteForceDefinition(string file, bool pairNormalised)
    {
        // Given
        var a = BdmCsv.Actors(file);
        var w = a.Weights();
        var n = a.Count;
        var range = a.Positions.Max() - a.Positions.Min();
        var o = ExpectedUtilityOptions.ScholzCode with
        {
            ProbabilityNormaliser = pairNormalised ? ProbabilityNormaliser.PairNormalised : ProbabilityNormaliser.GlobalZ,
        };
        var ws = new ExpectedUtilityWorkspace(n);

        // When
        ws.PlayRound(a.Positions, a.Positions, a.Saliences, w, range, ws.Median(a.Positions, w, range, MedianRule.CondorcetScan), o, null, new double[n]);

        // Then
        var ones = Enumerable.Repeat(1.0, n).ToArray();
        var p1 = BruteForce(a.Positions, w, ones, range, pairNormalised);
        var p2 = BruteForce(a.Positions, w, ws.RiskExponents.ToArray(), range, pairNormalised);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                Assert.Equal(p1[i, j], ws.ProbabilityPass1(i, j), 1e-10 * Math.Max(p1[i, j], 1e-3));
                Assert.Equal(p2[i, j], ws.ProbabilityPass2(i, j), 1e-10 * Math.Max(p2[i, j], 1e-3));
            }
        }
    }

    [Fact]
    public void PlayRound_AnyThreadCount_BitIdentical()
    {
        // Given: 200 actors, enough for the parallel paths.
        var a = BdmCsv.Actors("synthetic_n200.csv");

        // When
        var runs = new[] { 1, 2, 4 }
            .Select(dop => ExpectedUtilitySimulation.Run(a.Positions, a.Capabilities, a.Saliences, ExpectedUtilityOptions.ScholzCode with { Rounds = 3 }, null, dop))
            .ToArray();

        // Then
        foreach (var run in runs.Skip(1))
        {
            for (var t = 0; t <= 3; t++)
            {
                Assert.Equal(runs[0].Positions[t].ToArray(), run.Positions[t].ToArray());
                Assert.Equal(runs[0].RiskExponents[t].ToArray(), run.RiskExponents[t].ToArray());
            }

            Assert.Equal(runs[0].Medians.ToArray(), run.Medians.ToArray());
        }
    }

    [Fact]
    public void Median_CumulativeAndScan_AgreeOnEmissionRounds()
    {
        var a = BdmCsv.Actors("emission_bdm1994.csv");
        var scan = ExpectedUtilitySimulation.Run(a.Positions, a.Capabilities, a.Saliences, ExpectedUtilityOptions.ScholzCode);
        var cumulative = ExpectedUtilitySimulation.Run(a.Positions, a.Capabilities, a.Saliences, ExpectedUtilityOptions.ScholzCode with { MedianRule = MedianRule.CumulativeWeight });
        Assert.Equal(scan.Medians.ToArray(), cumulative.Medians.ToArray());
    }

    /// <summary>P_ij straight from the definition: S_ij = Σ_k [v_k(x_i, x_j)]⁺ over Z or over the pair's |votes|.</summary>
    private static double[,] BruteForce(double[] x, double[] w, double[] rho, double range, bool pairNormalised)
    {
        var n = x.Length;
        double Vote(int k, double a, double b) => w[k] * (Math.Pow(Math.Abs(x[k] - b) / range, rho[k]) - Math.Pow(Math.Abs(x[k] - a) / range, rho[k]));
        double z = 0;
        for (var k = 0; k < n; k++)
        {
            for (var a = 0; a < n; a++)
            {
                for (var b = 0; b < n; b++)
                {
                    z += Math.Abs(Vote(k, x[a], x[b]));
                }
            }
        }

        var p = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (x[i] == x[j])
                {
                    continue;
                }

                double support = 0, total = 0;
                for (var k = 0; k < n; k++)
                {
                    var v = Vote(k, x[i], x[j]);
                    support += Math.Max(v, 0);
                    total += Math.Abs(v);
                }

                p[i, j] = pairNormalised ? (total > 0 ? support / total : 0.5) : support / z;
            }
        }

        return p;
    }
}
