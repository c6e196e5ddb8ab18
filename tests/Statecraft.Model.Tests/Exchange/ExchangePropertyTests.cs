using FsCheck.Xunit;
using Statecraft.Model.Domain;
using Statecraft.Model.Exchange;
using Statecraft.Model.Exchange.Options;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.Tests.Exchange;

/// <summary>Invariants of the exchange model on random problems (§4.5–§4.10).</summary>
public sealed class ExchangePropertyTests
{
    private const double Tolerance = 1e-9;

    [Property(MaxTest = 200)]
    public void EqualGain_EveryRealisedExchange_GivesBothPartnersTheSameNonNegativeGain(ulong seed, bool clean)
    {
        var problem = RandomExchangeProblems.Create(seed);
        var options = ExchangeOptions.Default with { Rounds = 3, Mode = clean ? ExchangeMode.Clean : ExchangeMode.DecideCurrent };

        var result = ExchangeEngine.Run(problem, options);

        foreach (var e in result.Rounds.SelectMany(r => r.Exchanges))
        {
            Assert.True(e.A.Gain >= -Tolerance, $"gain of A {e.A.Gain:R} < 0");
            Assert.True(Math.Abs(e.A.Gain - e.B.Gain) <= Tolerance * Math.Max(1, e.Gain), $"gains {e.A.Gain:R} and {e.B.Gain:R} differ");
            Assert.True(Math.Abs(e.A.Gain - e.Gain) <= Tolerance * Math.Max(1, e.Gain), $"side gain {e.A.Gain:R} differs from ranking gain {e.Gain:R}");
            Assert.True(e.Gain >= 1e-10, $"realised gain {e.Gain:R} below the validity threshold");
        }
    }

    /// <remarks>
    /// Holds under <see cref="ExchangeCapRule.NoCrossing"/>. The reference rule (<see cref="ExchangeCapRule.StrictlyBetween"/>,
    /// the default) lets an outcome that already sits on the partner's position be pushed past it; see docs/models/exchange.md.
    /// </remarks>
    [Property(MaxTest = 200)]
    public void NoCrossingCap_NoOutcomeIsPushedPastThePartnersPosition(ulong seed, bool clean, bool rex)
    {
        var problem = RandomExchangeProblems.Create(seed);
        var options = ExchangeOptions.Default with
        {
            Rounds = 3,
            Mode = clean ? ExchangeMode.Clean : ExchangeMode.DecideCurrent,
            CapRule = ExchangeCapRule.NoCrossing,
            RexP = rex ? 0.8 : 0,
        };

        var result = ExchangeEngine.Run(problem, options, new Xoshiro256StarStar(seed));

        foreach (var (side, _) in RandomExchangeProblems.Sides(result))
        {
            // Target is the position of the partner, who wanted this supply issue's outcome moved towards it.
            var ok = side.OutcomeBefore <= side.Target
                ? side.OutcomeAfter <= side.Target + Tolerance
                : side.OutcomeAfter >= side.Target - Tolerance;
            Assert.True(ok, $"outcome moved {side.OutcomeBefore:R} → {side.OutcomeAfter:R} past the partner's position {side.Target:R}");
            Assert.True(Math.Abs(side.Voting - side.Target) <= Math.Abs(side.Start - side.Target) + Tolerance, "a supplier moved away from or past its partner");
        }
    }

    [Property(MaxTest = 200)]
    public void AnyVariant_PositionsStayOnTheScale(ulong seed, bool clean, bool rex)
    {
        var problem = RandomExchangeProblems.Create(seed);
        var options = ExchangeOptions.Default with { Rounds = 4, Mode = clean ? ExchangeMode.Clean : ExchangeMode.DecideCurrent, RexP = rex ? 1 : 0 };

        var result = ExchangeEngine.Run(problem, options, new Xoshiro256StarStar(seed));

        foreach (var round in result.Rounds)
        {
            Assert.All(RandomExchangeProblems.Present(problem, round.VotingPositions), y => Assert.InRange(y, 0, 100));
            Assert.All(RandomExchangeProblems.Present(problem, round.NextPositions), y => Assert.InRange(y, 0, 100));
            Assert.All(round.Outcome.Where(double.IsFinite), o => Assert.InRange(o, 0, 100));
        }
    }

    [Property(MaxTest = 100)]
    public void Rex_EveryPartnerGainsAtLeastNothing(ulong seed)
    {
        var problem = RandomExchangeProblems.Create(seed);

        var result = ExchangeEngine.Run(problem, ExchangeOptions.Default with { Rounds = 2, RexP = 1 }, new Xoshiro256StarStar(seed));

        Assert.All(RandomExchangeProblems.Sides(result), s => Assert.True(s.Side.Gain >= -Tolerance, $"REX gain {s.Side.Gain:R} < 0"));
    }

    [Property(MaxTest = 50)]
    public void Rex_SameSeed_GivesIdenticalForecastsWhateverTheThreadCount(ulong seed)
    {
        var scenario = DecideTestReader.Read("sample_data.txt");
        var settings = ModelSettings.Empty.With("rex-p", "0.5").With("repetitions", "4").With("rounds", "3");
        var model = new ExchangeModel();

        var one = model.Run(scenario, settings, new ModelRunContext(seed));
        var two = model.Run(scenario, settings, new ModelRunContext(seed) { MaxDegreeOfParallelism = 2 });

        Assert.Equal(seed, one.Seed);
        for (var k = 0; k < one.Issues.Length; k++)
        {
            Assert.Equal(one.Issues[k].Value, two.Issues[k].Value);
            Assert.True(one.Issues[k].Events.SequenceEqual(two.Issues[k].Events), $"events of issue {k} differ");
            Assert.Equal(one.Issues[k].Metrics["sd"], two.Issues[k].Metrics["sd"]);
        }
    }
}
