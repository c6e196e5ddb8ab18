using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.TwoFronts;
using Statecraft.Model.TwoFronts.Options;
using Statecraft.Model.Unrest;

namespace Statecraft.Model.Tests.TwoFronts;

/// <summary>The invariants of §6.8.</summary>
public class TwoFrontSimulationTests
{
    [Theory]
    [MemberData(nameof(Models))]
    public void Run_ZeroCoupling_BargainingIsBitIdenticalToTheUncoupledModel(string name)
    {
        // Given every coefficient at 0 (and κ > 0, which then affects nothing),
        Assert.True(ModelCatalog.TryGet(name, out var model));
        var scenario = TwoFrontFixtures.Create();
        var options = new TwoFrontOptions { Rounds = 6, TicksPerRound = 3 };
        var context = new ModelRunContext(17);

        // When the coupled model runs and the bargaining model runs alone for the same rounds with the same seed,
        var coupled = TwoFrontSimulation.Run(scenario, model, ModelSettings.Empty, options, context);
        var alone = model.Run(scenario, RoundsOf(model, 6), context);

        // Then every round's positions are bit-identical (a stopped model keeps its last round), and F_t is the value
        // of the model run alone for t rounds (F_0: the round-0 statistic the model's value is made of).
        var budget = new BargainingStepper(model, ModelSettings.Empty, context);
        var shorter = Enumerable.Range(1, options.Rounds).Select(t => model.Run(scenario, budget.SettingsFor(t), context)).ToArray();
        foreach (var issue in alone.Issues)
        {
            for (var t = 0; t <= options.Rounds; t++)
            {
                var expected = issue.Rounds[Math.Min(t, issue.Rounds.Length - 1)];
                var actual = coupled.Rounds[t].Issues.Single(i => i.IssueId == issue.IssueId);
                Assert.Equal(expected.Positions.ToArray(), actual.Positions.ToArray());
                var f = t > 0 ? shorter[t - 1].Issues.Single(i => i.IssueId == issue.IssueId).Value
                    : issue.Rounds.Length == 1 ? issue.Value
                    : name == "smp" ? expected.Mean : expected.Median;
                Assert.Equal(f, actual.Forecast);
            }
        }

        Assert.Equal(alone.Issues.Select(i => i.Value), coupled.LastForecast!.Issues.Select(i => i.Value));
    }

    [Theory]
    [InlineData("eu", "", SnapshotStatistic.Median)]
    [InlineData("exchange", "", SnapshotStatistic.Median)]
    [InlineData("smp", "", SnapshotStatistic.Mean)]
    [InlineData("smp", "cluster-mean", SnapshotStatistic.Mean)]
    public void RoundForecast_NamesTheSnapshotStatisticThatIsTheModelsForecast(string name, string smpForecast, SnapshotStatistic expected)
    {
        // Given a dynamic model (the spatial one also under its cluster-mean summary),
        Assert.True(ModelCatalog.TryGet(name, out var model));
        var settings = ModelSettings.Empty.With("rounds", "3");
        if (smpForecast.Length > 0)
        {
            settings = settings.With("forecast", smpForecast);
        }

        // When it runs, Then every issue names the statistic its rounds carry the forecast in, and where the model's
        // value is that statistic of its last round, the two agree.
        var forecast = model.Run(TwoFrontFixtures.Create(), settings, new ModelRunContext(17));
        Assert.All(forecast.Issues, issue => Assert.Equal(expected, issue.RoundForecast));
        if (smpForecast.Length == 0)
        {
            Assert.All(forecast.Issues, issue => Assert.Equal(
                expected == SnapshotStatistic.Mean ? issue.Rounds[^1].Mean : issue.Rounds[^1].Median, issue.Value));
        }
    }

    [Theory]
    [InlineData("median", ForecastStatistic.Median)]
    [InlineData("compromise", ForecastStatistic.Median)]
    [InlineData("compromise", ForecastStatistic.Mean)]
    [InlineData("eu", ForecastStatistic.Mean)]
    public void Run_ZeroCoupling_ForecastStatisticReadsTheRoundsPositions(string name, ForecastStatistic statistic)
    {
        // Given every coefficient at 0 and F set to a statistic of the positions instead of the model's value,
        Assert.True(ModelCatalog.TryGet(name, out var model));
        var scenario = TwoFrontFixtures.Create();
        var context = new ModelRunContext(17);
        var coupled = TwoFrontSimulation.Run(scenario, model, ModelSettings.Empty, new TwoFrontOptions { Rounds = 4, TicksPerRound = 2, ForecastStatistic = statistic }, context);
        var alone = model.Run(scenario, RoundsOf(model, 4), context);

        // Then every round's F is that statistic of the uncoupled model's round.
        foreach (var issue in alone.Issues)
        {
            for (var t = 0; t <= 4; t++)
            {
                var expected = issue.Rounds[Math.Min(t, issue.Rounds.Length - 1)];
                Assert.Equal(statistic == ForecastStatistic.Median ? expected.Median : expected.Mean, coupled.Rounds[t].Issues.Single(i => i.IssueId == issue.IssueId).Forecast);
            }
        }
    }

    [Fact]
    public void Run_ZeroCoupling_ArenaIsBitIdenticalToAStandaloneRun()
    {
        // Given every coefficient at 0, When the coupled model runs 8 rounds of 25 ticks,
        var scenario = TwoFrontFixtures.Create(0.75);
        Assert.True(ModelCatalog.TryGet("median", out var model));
        var coupled = TwoFrontSimulation.Run(scenario, model, ModelSettings.Empty, new TwoFrontOptions { Rounds = 8, TicksPerRound = 25 }, new ModelRunContext(1));

        // Then its ticks equal a standalone arena run with the same seed over 200 ticks.
        var standalone = new UnrestModel(coupled.ArenaOptions!).Run(200, 99);
        Assert.Equal(standalone.Ticks.ToArray(), coupled.Ticks.ToArray());
        Assert.Contains(coupled.Ticks, t => t.Active > 0);
    }

    [Property(MaxTest = 20)]
    public Property Run_AdverseShocksWithFrozenArena_LegitimacyIsNonIncreasingInAlpha(PositiveInt a, PositiveInt b)
    {
        // Given a regime losing ground (ε drifts the war towards the settlement at 100, away from the regime's 10),
        // the arena frozen (m = 0) and the reverse channels off,
        var (low, high) = (Math.Min(a.Get, b.Get) / 10.0, Math.Max(a.Get, b.Get) / 10.0);
        var scenario = TwoFrontFixtures.Create(0.95);
        Assert.True(ModelCatalog.TryGet("median", out var model));
        TwoFrontResult Run(double alpha) => TwoFrontSimulation.Run(scenario, model, ModelSettings.Empty,
            new TwoFrontOptions { Rounds = 8, TicksPerRound = 0, Epsilon = 0.5, Alpha = alpha, SettlementTolerance = 0 }, new ModelRunContext(3));
        var (r1, r2) = (Run(low), Run(high));

        // Then every Δ_t ≥ 0, and L_t under the larger α never exceeds L_t under the smaller one.
        var adverse = r1.Rounds.All(r => r.LostGround >= 0);
        var monotone = r1.Rounds.Zip(r2.Rounds).All(p => p.Second.Legitimacy <= p.First.Legitimacy);
        return (adverse && monotone).Label($"α = {low} vs {high}");
    }

    [Theory]
    [InlineData("median")]
    [InlineData("compromise")]
    public void Run_StaticModel_SettlementRoundIsNonIncreasingInEpsilon(string name)
    {
        // Given a static forecast model and no feedback from the arena, and a tolerance of 20% of the range (the
        // compromise can come no closer to 100 than 87.6 while the three uninvolved actors stay at 40, 70 and 90),
        Assert.True(ModelCatalog.TryGet(name, out var model));
        var scenario = TwoFrontFixtures.Create();
        int? SettleRound(double epsilon) => TwoFrontSimulation.Run(scenario, model, ModelSettings.Empty,
                new TwoFrontOptions { Rounds = 60, TicksPerRound = 0, Epsilon = epsilon, SettlementTolerance = 0.2 }, new ModelRunContext(3))
            .Events.FirstOrDefault(e => e.Kind == "ceasefire")?.Round;

        // When ε grows over a grid, Then the ceasefire comes no later (a run without ceasefire counts as ∞).
        var rounds = Enumerable.Range(1, 20).Select(k => SettleRound(k * 0.05) ?? int.MaxValue).ToList();
        Assert.Equal(rounds.OrderByDescending(r => r), rounds);
        Assert.True(rounds[^1] < int.MaxValue, "at ε = 1 the war should settle");
        Assert.Null(SettleRound(0));
    }

    [Property(MaxTest = 12)]
    public Property Run_AnyCoefficients_ConservationAndBounds(NormalFloat alpha, NormalFloat eta, NormalFloat gamma, NormalFloat sigma, bool mean)
    {
        // Given arbitrary non-negative coefficients,
        static double Pos(NormalFloat f) => Math.Min(5, Math.Abs(f.Get));
        var options = new TwoFrontOptions
        {
            Rounds = 8,
            TicksPerRound = 5,
            Alpha = Pos(alpha),
            Eta = Pos(eta),
            Gamma = Pos(gamma),
            Delta = Pos(gamma) / 2,
            Sigma = Pos(sigma),
            Epsilon = Math.Min(1, Pos(alpha) / 5),
            ShareMeasure = mean ? ShareMeasure.RoundMean : ShareMeasure.EndOfRound,
        };
        Assert.True(ModelCatalog.TryGet("median", out var model));
        var r = TwoFrontSimulation.Run(TwoFrontFixtures.Create(0.7), model, ModelSettings.Empty, options, new ModelRunContext(5));

        // Then counts sum to N, L ∈ [0, 1], 0 < c ≤ c⁰, s ∈ [0, 1], and costs never fall and freeze after a ceasefire.
        var n = r.Rounds[0].Ticks[0].Agents;
        var ok = r.Ticks.All(t => t.Agents == n && t.Legitimacy is >= 0 and <= 1)
            && r.Rounds.All(x => x.RegimeCapability is > 0 and <= 40 && x.Legitimacy is >= 0 and <= 1)
            && r.Rounds.All(x => x.Issues.All(i => i.RegimeSalience is null or (>= 0 and <= 1)));
        var costs = r.Rounds.Select(x => x.Issues.Single(i => i.IssueId == "war")).ToList();
        for (var t = 1; t < costs.Count; t++)
        {
            for (var k = 0; k < costs[t].CumulativeCosts.Length; k++)
            {
                var (before, now) = (costs[t - 1].CumulativeCosts[k].Value, costs[t].CumulativeCosts[k].Value);
                ok &= now >= before && (!costs[t - 1].Settled || now == before);
            }
        }

        return ok.Label($"{options}");
    }

    [Fact]
    public void Run_UnrestFeedsBack_RegimeCapabilityFallsAndSurvivalSalienceRises()
    {
        // Given a low-legitimacy arena with few cops (lasting unrest) and γ, σ > 0,
        var scenario = TwoFrontFixtures.Create(0.5, "cop-density=0.01");
        Assert.True(ModelCatalog.TryGet("median", out var model));
        var r = TwoFrontSimulation.Run(scenario, model, ModelSettings.Empty,
            new TwoFrontOptions { Rounds = 4, TicksPerRound = 10, Gamma = 1, Sigma = 1 }, new ModelRunContext(5));

        // Then from round 2 the regime's capability is below c⁰ and its survival salience above s⁰ = 0.6.
        Assert.Equal(40, r.Rounds[1].RegimeCapability);
        Assert.True(r.Rounds[2].RegimeCapability < 40);
        Assert.True(r.Rounds[2].Issues.Single(i => i.IssueId == "home").RegimeSalience > 0.6);
    }

    [Fact]
    public void Run_UnknownRegime_Throws()
    {
        var scenario = TwoFrontFixtures.Create() with { Arena = new DomesticArena("NOBODY") };
        Assert.True(ModelCatalog.TryGet("median", out var model));
        var e = Assert.Throws<ArgumentException>(() => TwoFrontSimulation.Run(scenario, model, ModelSettings.Empty, new TwoFrontOptions(), ModelRunContext.Default));
        Assert.StartsWith("The arena's regime 'NOBODY' is not an actor of the scenario.", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Models() => [.. TwoFrontFixtures.ModelNames];

    // The rounds of a dynamic model; a static model has no rounds option and would refuse it.
    private static ModelSettings RoundsOf(IForecastModel model, int rounds) =>
        model.Options.Any(o => o.Answers("rounds"))
            ? ModelSettings.Empty.With("rounds", rounds.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : ModelSettings.Empty;
}
