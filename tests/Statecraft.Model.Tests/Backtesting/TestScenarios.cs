using Statecraft.Model.Domain;

namespace Statecraft.Model.Tests.Backtesting;

/// <summary>Small hand-made scenarios for the backtest and mixture tests.</summary>
internal static class TestScenarios
{
    /// <summary>One issue per entry: (id, group, flags, reference point, outcome, stances as (actor, x, s, c)).</summary>
    public static Scenario Build(params (string Id, string? Group, string[] Flags, double? Rp, double? Outcome, (string Actor, double X, double S)[] Stances)[] issues)
    {
        var actors = issues.SelectMany(i => i.Stances.Select(s => s.Actor)).Distinct().Select(a => new Actor(a, a, 1)).ToList();
        var list = issues.Select(i => new Issue(i.Id, i.Id, IssueScale.Percent) { Group = i.Group, Flags = [.. i.Flags], ReferencePoint = i.Rp, Outcome = i.Outcome });
        var stances = issues.SelectMany(i => i.Stances.Select(s => new Stance(s.Actor, i.Id, s.X, s.S)));
        return new Scenario(new ScenarioMetadata("test"), actors, list, stances);
    }
}
