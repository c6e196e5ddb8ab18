using System.Collections.Immutable;
using Statecraft.Model.Domain;
using Statecraft.Model.ExpectedUtility;
using Statecraft.Model.ExpectedUtility.Options;
using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Tests.ExpectedUtility;

public sealed class ExpectedUtilityModelTests
{
    private static readonly ExpectedUtilityModel Model = new();

    [Fact]
    public void Catalog_Eu_IsRegistered()
    {
        Assert.True(ModelCatalog.TryGet("eu", out var model));
        Assert.IsType<ExpectedUtilityModel>(model);
    }

    [Fact]
    public void Run_EmissionDefaults_ForecastIsRoundTenMedianWithFullTrajectory()
    {
        // Given
        var scenario = EuScenarios.Emission();

        // When
        var forecast = Model.Run(scenario, ModelSettings.Empty, ModelRunContext.Default);

        // Then
        var issue = Assert.Single(forecast.Issues);
        Assert.Equal(11, issue.Rounds.Length);
        Assert.Equal(issue.Rounds[^1].Median, issue.Value);
        Assert.Contains("after round 10", issue.Basis, StringComparison.Ordinal);
        Assert.Equal(10, issue.Metrics["stoppingRound"]);
        Assert.All(issue.Rounds, r => Assert.Equal(10, r.Positions.Length));
        Assert.Equal(7.389956, issue.Rounds[0].Mean, 6);
        Assert.Equal(8.415932315426769, issue.Rounds[1].Median, 9);
        Assert.Equal("scholz-code", forecast.Settings.GetString("preset", ""));
        Assert.Equal(10, issue.Pulls.Length);
    }

    [Fact]
    public void Run_EmissionRoundOne_EventsNameKindPartnerAndWhy()
    {
        // When
        var issue = Model.Run(EuScenarios.Emission(), EuScenarios.Settings(("rounds", "1")), ModelRunContext.Default).Issues[0];

        // Then: Belgium compromises with France, Luxembourg and Ireland lose conflicts (round-1 actor detail).
        Assert.Equal(3, issue.Events.Length);
        var be = Assert.Single(issue.Events, e => e.ActorId == "Belgium");
        Assert.Equal(("compromise", "France", 7.0), (be.Kind, be.PartnerId, be.From));
        Assert.Equal(8.415932315426764, be.To, 9);
        Assert.Contains("a = E(Belgium→France) = -0.1148", be.Detail, StringComparison.Ordinal);
        var lu = Assert.Single(issue.Events, e => e.ActorId == "Luxembourg");
        Assert.Equal(("conflict", "Belgium", 4.0, 7.0), (lu.Kind, lu.PartnerId, lu.From, lu.To));
        var ie = Assert.Single(issue.Events, e => e.ActorId == "Ireland");
        Assert.Equal(("conflict", "Luxembourg", 7.0, 4.0), (ie.Kind, ie.PartnerId, ie.From, ie.To));
    }

    [Fact]
    public void Run_ScenarioSettingsAndOverrides_OverrideLayersOnPreset()
    {
        // Given: the scenario asks for paper-literal and 3 rounds; the caller overrides the rounds.
        var scenario = EuScenarios.Emission() with
        {
            ModelSettings = ImmutableDictionary<string, ModelSettings>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase)
                .Add("eu", EuScenarios.Settings(("preset", "paper-literal"), ("rounds", "3"))),
        };

        // When
        var forecast = Model.Run(scenario, EuScenarios.Settings(("rounds", "5"), ("capitulation", "disabled")), ModelRunContext.Default);

        // Then
        var used = ExpectedUtilityOptions.FromSettings(forecast.Settings);
        Assert.Equal(ExpectedUtilityOptions.PaperLiteral with { Rounds = 5, Capitulation = CapitulationRule.Disabled }, used);
        Assert.Equal(6, forecast.Issues[0].Rounds.Length);
    }

    [Fact]
    public void Run_UnknownOptionName_IsRefusedWithTheNearestName()
    {
        var e = Assert.Throws<ModelOptionException>(() => Model.Run(EuScenarios.Emission(), EuScenarios.Settings(("roudns", "3")), ModelRunContext.Default));
        Assert.Equal("roudns", e.Option);
        Assert.EndsWith("Did you mean 'rounds'?", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("model 'eu' has no option 'roudns'; its options are preset, probability-normaliser,", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadOptionValue_ThrowsWithOptionValueAndAllowedValues()
    {
        var ex = Assert.Throws<ModelOptionException>(() => Model.Run(EuScenarios.Emission(), EuScenarios.Settings(("perspective", "sideways")), ModelRunContext.Default));
        Assert.Equal("option 'perspective' = 'sideways' is not allowed; expected receiver, sender.", ex.Message);
    }

    [Fact]
    public void Run_QOutOfRange_ThrowsWithRange()
    {
        var ex = Assert.Throws<ModelOptionException>(() => Model.Run(EuScenarios.Emission(), EuScenarios.Settings(("q", "1.5")), ModelRunContext.Default));
        Assert.Equal("option 'q' = '1.5' is not allowed; expected [0, 1].", ex.Message);
    }

    [Fact]
    public void Run_AllActorsAtOnePosition_NoDynamicsRoundZeroOnly()
    {
        // Given
        var a = new BdmActors(["A", "B", "C"], [1, 2, 3], [40, 40, 40], [0.5, 0.5, 0.5]);

        // When
        var issue = Model.Run(EuScenarios.FromActors(a), ModelSettings.Empty, ModelRunContext.Default).Issues[0];

        // Then
        Assert.Equal(40, issue.Value);
        Assert.Single(issue.Rounds);
        Assert.Contains("no dynamics", issue.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NobodyWithSalience_NoForecast()
    {
        var a = new BdmActors(["A", "B"], [1, 2], [10, 40], [0, 0]);
        var issue = Model.Run(EuScenarios.FromActors(a), ModelSettings.Empty, ModelRunContext.Default).Issues[0];
        Assert.Null(issue.Value);
        Assert.NotEmpty(issue.Notes);
    }

    [Fact]
    public void Run_Stochastic_SameSeedSameResultAndSeedRecorded()
    {
        // Given
        var scenario = EuScenarios.FromActors(BdmCsv.Actors("synthetic_n10.csv"));
        var settings = EuScenarios.Settings(("conflict-resolution", "stochastic"));

        // When
        var first = Model.Run(scenario, settings, new ModelRunContext(7));
        var second = Model.Run(scenario, settings, new ModelRunContext(7));

        // Then
        Assert.Equal(7UL, first.Seed);
        Assert.Equal(first.Issues[0].Rounds.Select(r => r.Median), second.Issues[0].Rounds.Select(r => r.Median));
        Assert.Equal(first.Issues[0].Events.Select(e => (e.ActorId, e.To)), second.Issues[0].Events.Select(e => (e.ActorId, e.To)));
    }

    [Fact]
    public void Run_NoMoveConflicts_ConflictsHoldPositions()
    {
        // When
        var issue = Model.Run(EuScenarios.Emission(), EuScenarios.Settings(("rounds", "1"), ("conflict-resolution", "no-move")), ModelRunContext.Default).Issues[0];

        // Then: Luxembourg and Ireland hold; Belgium still compromises.
        Assert.All(issue.Events.Where(e => e.Kind == "conflict"), e => Assert.Equal(e.From, e.To));
        Assert.Equal(2, issue.Events.Count(e => e.Kind == "conflict"));
        Assert.Equal(4.0, issue.Rounds[1].Positions.Single(p => p.ActorId == "Luxembourg").Value);
    }

    [Fact]
    public void Run_TwoIssues_EachIssuePlayedOnItsOwn()
    {
        // Given: the emission issue and a second issue on which only some actors take a stance.
        var a = BdmCsv.Actors("emission_bdm1994.csv");
        var lag = new Issue("lag", "lag", new IssueScale(0, 12));
        var other = new Issue("other", "other", new IssueScale(0, 100));
        var stances = a.Ids.Select((id, k) => new Stance(id, "lag", a.Positions[k], a.Saliences[k]))
            .Concat(a.Ids.Take(5).Select((id, k) => new Stance(id, "other", 20 * k, 0.2 + (0.15 * k))));
        var scenario = new Scenario(new ScenarioMetadata("two issues"), a.Ids.Select((id, k) => new Actor(id, id, a.Capabilities[k])), [lag, other], stances);

        // When
        var forecast = Model.Run(scenario, ModelSettings.Empty, ModelRunContext.Default);
        var alone = Model.Run(EuScenarios.Emission(), ModelSettings.Empty, ModelRunContext.Default);

        // Then
        Assert.Equal(["lag", "other"], forecast.Issues.Select(i => i.IssueId));
        Assert.Equal(alone.Issues[0].Rounds.Select(r => r.Median), forecast.For("lag")!.Rounds.Select(r => r.Median));
        Assert.All(forecast.For("other")!.Rounds, r => Assert.Equal(5, r.Positions.Length));
        Assert.NotNull(forecast.For("other")!.Value);
    }
}
