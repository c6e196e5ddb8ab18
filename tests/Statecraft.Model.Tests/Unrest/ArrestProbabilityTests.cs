using Statecraft.Model.Unrest;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Tests.Unrest;

/// <summary>Oracles 1 and 2 of §7.5: P(1, 1) and the P table of §5.4 for each ratio rule.</summary>
public class ArrestProbabilityTests
{
    [Fact]
    public void Compute_OneCopOneActiveWithLn10_IsExactlyNineTenths()
    {
        // Given k = ln 10, When C = A = 1, Then P = 1 − 1/10.
        Assert.Equal(0.9, ArrestProbability.Compute(1, 1, ArrestProbability.ExactK, ArrestRatioRule.Literal), 15);
    }

    [Fact]
    public void Compute_OneCopOneActiveWithK23_Is08997412()
    {
        var p = ArrestProbability.Compute(1, 1, 2.3, ArrestRatioRule.Floor);
        Assert.Equal(1 - Math.Exp(-2.3), p, 15);
        Assert.Equal(0.8997412, p, 7);
    }

    // C/A = 0.25, 1/3, 0.5, 1, 1.5, 2 as (C, A) pairs; expected P to three decimals (§7.5, oracle 2).
    [Theory]
    [InlineData(ArrestRatioRule.Literal, new[] { 0.437, 0.535, 0.683, 0.900, 0.968, 0.990 })]
    [InlineData(ArrestRatioRule.Floor, new[] { 0, 0, 0, 0.900, 0.900, 0.990 })]
    [InlineData(ArrestRatioRule.RoundHalfEven, new[] { 0, 0, 0, 0.900, 0.990, 0.990 })]
    [InlineData(ArrestRatioRule.RoundHalfUp, new[] { 0, 0, 0.900, 0.900, 0.990, 0.990 })]
    public void Compute_PublishedTable_MatchesToThreeDecimals(ArrestRatioRule rule, double[] expected)
    {
        (int C, int A)[] ratios = [(1, 4), (1, 3), (1, 2), (2, 2), (3, 2), (2, 1)];
        for (var k = 0; k < ratios.Length; k++)
        {
            var p = ArrestProbability.Compute(ratios[k].C, ratios[k].A, 2.3, rule);
            Assert.True(Math.Abs(p - expected[k]) <= 0.0005, $"{rule} at C/A = {ratios[k].C}/{ratios[k].A}: P = {p}, expected {expected[k]}");
        }
    }

    [Fact]
    public void Ratio_RoundHalfEven_RoundsHalvesToEven()
    {
        // 5/2 = 2.5 → 2; 7/2 = 3.5 → 4; 1/2 → 0.
        Assert.Equal(2, ArrestProbability.Ratio(5, 2, ArrestRatioRule.RoundHalfEven));
        Assert.Equal(4, ArrestProbability.Ratio(7, 2, ArrestRatioRule.RoundHalfEven));
        Assert.Equal(0, ArrestProbability.Ratio(1, 2, ArrestRatioRule.RoundHalfEven));
        Assert.Equal(3, ArrestProbability.Ratio(5, 2, ArrestRatioRule.RoundHalfUp));
    }

    [Fact]
    public void Compute_NoCops_IsExactlyZeroUnderEveryRule()
    {
        foreach (var rule in Enum.GetValues<ArrestRatioRule>())
        {
            Assert.Equal(0.0, ArrestProbability.Compute(0, 7, 2.3, rule));
        }
    }

    [Fact]
    public void Compute_ZeroActives_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ArrestProbability.Compute(1, 0, 2.3, ArrestRatioRule.Floor));
        Assert.Throws<ArgumentOutOfRangeException>(() => ArrestProbability.Compute(1, 1, double.NaN, ArrestRatioRule.Floor));
    }
}
