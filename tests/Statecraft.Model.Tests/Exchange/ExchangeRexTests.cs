using Statecraft.Model.Exchange;
using Statecraft.Model.Exchange.Options;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.Tests.Exchange;

/// <summary>The randomised equal-gain variant REX (§4.10).</summary>
public sealed class ExchangeRexTests
{
    [Fact]
    public void Rex_SampleData_ChosenPartnerGetsAtMostItsTargetGainAndRankingStaysEqualGain()
    {
        // Given
        var scenario = DecideTestReader.Read("sample_data.txt");
        var problem = ExchangeProblem.FromScenario(scenario, [.. scenario.Issues.Select(i => i.Id)]);

        // When
        var exchanges = ExchangeEngine.Run(problem, ExchangeOptions.Default with { Rounds = 1, RexP = 1 }, new Xoshiro256StarStar(3)).Rounds[0].Exchanges;

        // Then
        Assert.NotEmpty(exchanges);
        Assert.All(exchanges, e => Assert.NotNull(e.Rex));
        var applied = exchanges.Where(e => e.Rex!.Applied).ToList();
        Assert.NotEmpty(applied);
        foreach (var e in applied)
        {
            var chosen = e.Rex!.ChosenIsA ? e.A.Gain : e.B.Gain;
            Assert.True(chosen <= e.Rex.TargetGain + 1e-9, $"chosen gain {chosen:R} above its target {e.Rex.TargetGain:R}");
        }

        Assert.Contains(applied, e => Math.Abs((e.Rex!.ChosenIsA ? e.A.Gain : e.B.Gain) - e.Rex.TargetGain) <= 1e-9);
        Assert.Contains(applied, e => Math.Abs(e.A.Gain - e.B.Gain) > 1e-6);
    }

    [Fact]
    public void Rex_ZeroP_IsPlainEqualGain()
    {
        // Given
        var scenario = DecideTestReader.Read("sample_data.txt");
        var problem = ExchangeProblem.FromScenario(scenario, [.. scenario.Issues.Select(i => i.Id)]);

        // When
        var plain = ExchangeEngine.Run(problem, ExchangeOptions.Default with { Rounds = 2 });
        var zero = ExchangeEngine.Run(problem, ExchangeOptions.Default with { Rounds = 2, RexP = 0 }, new Xoshiro256StarStar(9));

        // Then
        Assert.Equal(plain.FinalOutcome.AsEnumerable(), zero.FinalOutcome.AsEnumerable());
        Assert.All(zero.Rounds.SelectMany(r => r.Exchanges), e => Assert.Null(e.Rex));
    }

    [Fact]
    public void Rex_DifferentSeeds_GiveDifferentRuns()
    {
        // Given
        var scenario = DecideTestReader.Read("sample_data.txt");
        var problem = ExchangeProblem.FromScenario(scenario, [.. scenario.Issues.Select(i => i.Id)]);
        var options = ExchangeOptions.Default with { Rounds = 3, RexP = 0.5 };

        // When
        var a = ExchangeEngine.Run(problem, options, new Xoshiro256StarStar(1)).FinalOutcome;
        var b = ExchangeEngine.Run(problem, options, new Xoshiro256StarStar(1)).FinalOutcome;
        var c = ExchangeEngine.Run(problem, options, new Xoshiro256StarStar(2)).FinalOutcome;

        // Then
        Assert.Equal(a.AsEnumerable(), b.AsEnumerable());
        Assert.NotEqual(a.AsEnumerable(), c.AsEnumerable());
    }
}
