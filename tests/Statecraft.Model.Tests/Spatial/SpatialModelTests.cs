using Statecraft.Model.Baselines;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;
using Statecraft.Model.Spatial;

namespace Statecraft.Model.Tests.Spatial;

/// <summary>The <c>smp</c> forecast: rounds, bargain events, clusters and the forecast value on the issue's scale.</summary>
public sealed class SpatialModelTests
{
    private static readonly Lazy<Forecast> SoePolComp = new(() =>
        new SpatialModel().Run(KtabCsv.Load("SOE-Pol-Comp.csv"), ModelSettings.Empty, ModelRunContext.Default));

    [Fact]
    public void Catalog_ListsSmp()
    {
        Assert.True(ModelCatalog.TryGet("smp", out var model));
        Assert.IsType<SpatialModel>(model);
        Assert.Contains(model.Options, o => o.Name == "victory-prob-model");
    }

    [Fact]
    public void Run_SoePolComp_GivesOneForecastPerDimensionWithEveryRound()
    {
        var f = SoePolComp.Value;
        Assert.Equal("smp", f.Model);
        Assert.Equal(["d0", "d1"], f.Issues.Select(i => i.IssueId));
        Assert.All(f.Issues, i => Assert.Equal(28, i.Rounds.Length));
        Assert.All(f.Issues, i => Assert.All(i.Rounds, r => Assert.Equal(13, r.Positions.Length)));

        // Round 0 is the input, on the 0–100 scale; WY never moves (§7.2)
        var policy = f.Issues[0];
        Assert.Equal(30, policy.Rounds[0].Positions[0].Value);
        Assert.Equal(43.18, policy.Rounds[27].Positions[0].Value, 0.01);
        Assert.All(policy.Rounds, r => Assert.Equal(15, r.Positions[12].Value, 12));
        Assert.DoesNotContain(policy.Events, e => e.ActorId == "WY");
    }

    [Fact]
    public void Run_SoePolComp_ValueIsTheWeightedMeanOfFinalPositions()
    {
        var policy = SoePolComp.Value.Issues[0];
        var slice = KtabCsv.Load("SOE-Pol-Comp.csv").Slice("d0");
        var final = policy.Rounds[^1].Positions.Select(p => p.Value).ToArray();
        Assert.Equal(WeightedStatistics.WeightedMean(final, slice.Weights())!.Value, policy.Value!.Value, 12);
        Assert.Contains("weighted mean", policy.Basis, StringComparison.Ordinal);
        Assert.Equal(policy.Rounds[^1].Mean, policy.Value.Value, 12);
    }

    [Fact]
    public void Run_SoePolComp_ReportsClustersAndWinProbabilities()
    {
        var policy = SoePolComp.Value.Issues[0];
        Assert.Equal(0.2299, policy.Metrics["winProbability.XJ"], 4);
        Assert.Equal(0.0002, policy.Metrics["winProbability.WY"], 4);
        var clusters = (int)policy.Metrics["clusters"];
        Assert.Equal(1, Enumerable.Range(1, clusters).Sum(c => policy.Metrics[$"cluster{c}.probability"]), 9);
        Assert.Equal(27, policy.Metrics["turns"]);
        Assert.Contains(policy.Notes, n => n.Contains("WY", StringComparison.Ordinal) && n.StartsWith("final cluster", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_SoePolComp_EventsNameProposerAcceptorAndTarget()
    {
        // In turn 1 XS moves from (15, 10) to (42.94, 38.75) (soe_pol_comp_history.csv)
        var policy = SoePolComp.Value.Issues[0];
        var move = Assert.Single(policy.Events, e => e.Round == 1 && e.ActorId == "XS");
        Assert.Equal("bargain", move.Kind);
        Assert.Equal(15, move.From);
        Assert.Equal(42.94, move.To, 0.01);
        Assert.NotNull(move.PartnerId);
        Assert.Contains("proposed to", move.Detail, StringComparison.Ordinal);
        Assert.Contains("XS accepted", move.Detail, StringComparison.Ordinal);
        Assert.Contains("target (42.94", move.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ClusterMeanForecast_IsTheProbabilityWeightedMeanOfClusters()
    {
        var f = new SpatialModel().Run(KtabCsv.Load("SOE-Pol-Comp.csv"), ModelSettings.Empty.With("forecast", "cluster-mean"), ModelRunContext.Default);
        var policy = f.Issues[0];
        var clusters = (int)policy.Metrics["clusters"];
        var expected = Enumerable.Range(1, clusters).Sum(c => policy.Metrics[$"cluster{c}.probability"] * policy.Metrics[$"cluster{c}.position"]);
        Assert.Equal(expected, policy.Value!.Value, 12);
        Assert.Contains("final position clusters", policy.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ScenarioSettingsAreUsedAndRunSettingsWin()
    {
        // Given smpExample's stored parameters, When the run overrides the transitions
        var scenario = SmpExampleScenario.Create();
        var f = new SpatialModel().Run(scenario, ModelSettings.Empty.With("state-transitions", "deterministic"), new ModelRunContext(7));

        // Then the stored values apply except the overridden one, and the run's seed is recorded
        Assert.Equal("markov-incentive", f.Settings.GetString("pce-model", ""));
        Assert.Equal("deterministic", f.Settings.GetString("state-transitions", ""));
        Assert.Equal(7UL, f.Seed);
    }

    [Fact]
    public void Run_SeedOption_OverridesTheRunSeed()
    {
        var f = new SpatialModel().Run(SmpExampleScenario.Create(), ModelSettings.Empty.With("seed", "5"), new ModelRunContext(7));
        Assert.Equal(5UL, f.Seed);
    }

    [Fact]
    public void Run_ActorWithoutSalience_TakesNoPartAndStays()
    {
        // Given SOE-Pol-Comp plus an actor with salience 0 everywhere
        var baseScenario = KtabCsv.Load("SOE-Pol-Comp.csv");
        var scenario = baseScenario.WithActors(
            baseScenario.Actors.Add(new Actor("ZZ", "bystander", 50)),
            baseScenario.Stances.Add(new Stance("ZZ", "d0", 90, 0)).Add(new Stance("ZZ", "d1", 90, 0)));

        // When the model runs
        var f = new SpatialModel().Run(scenario, ModelSettings.Empty, ModelRunContext.Default);

        // Then the others run exactly as before, and the bystander stays put, with a note
        Assert.Equal(SoePolComp.Value.Issues[0].Rounds[^1].Positions.Select(p => p.Value), f.Issues[0].Rounds[^1].Positions.Take(13).Select(p => p.Value));
        Assert.All(f.Issues[0].Rounds, r => Assert.Equal(90, r.Positions[13].Value));
        Assert.Contains(f.Notes, n => n.StartsWith("ZZ has salience 0", StringComparison.Ordinal));
    }
}
