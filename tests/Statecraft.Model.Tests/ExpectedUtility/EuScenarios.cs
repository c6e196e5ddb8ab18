using Statecraft.Model.Domain;

namespace Statecraft.Model.Tests.ExpectedUtility;

/// <summary>Builds scenarios for the expected-utility tests.</summary>
internal static class EuScenarios
{
    public static Scenario FromActors(BdmActors a, string issueId = "lag", double min = 0, double max = 100)
    {
        var issue = new Issue(issueId, issueId, new IssueScale(min, max));
        return new Scenario(
            new ScenarioMetadata("test"),
            a.Ids.Select((id, k) => new Actor(id, id, a.Capabilities[k])),
            [issue],
            a.Ids.Select((id, k) => new Stance(id, issueId, a.Positions[k], a.Saliences[k])));
    }

    public static Scenario Emission() => FromActors(BdmCsv.Actors("emission_bdm1994.csv"), "lag", 0, 12);

    public static ModelSettings Settings(params (string Name, string Value)[] pairs) =>
        ModelSettings.From(pairs.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)));
}
