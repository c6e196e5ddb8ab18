using System.Collections.Immutable;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Tests.Spatial;

/// <summary>KTAB's <c>smpExample.xml</c> (§7.2) built in code, with the empty first coordinate of Alice set to 52.8 as in the file's earlier version (§3.18).</summary>
internal static class SmpExampleScenario
{
    /// <summary>The file's <c>prngSeed</c>, 03507583219545544127 in decimal.</summary>
    public const ulong Seed = 3507583219545544127UL;

    public static Scenario Create()
    {
        (string Name, double Cap, double[] X, double[] S)[] rows =
        [
            ("Alice", 117.7, [52.8, 39.8, 39.6], [32.3, 22.4, 13.4]),
            ("Bob", 93.2, [15.9, 61.4, 72.0], [25.2, 34.5, 26.5]),
            ("Carol", 61.4, [61.1, 86.5, 44.5], [28.8, 28.6, 18.2]),
            ("David", 135.4, [26.3, 16.5, 15.9], [15.6, 42.0, 14.3]),
            ("Ellie", 63.8, [73.3, 61.1, 26.3], [39.7, 19.9, 15.8]),
        ];
        string[] dims = ["FirstDim", "SecondDim", "YADN"];
        var issues = dims.Select(d => new Issue(d, d, IssueScale.Percent));
        var actors = rows.Select(r => new Actor(r.Name, r.Name, r.Cap));
        var stances = rows.SelectMany(r => dims.Select((d, k) => new Stance(r.Name, d, r.X[k], r.S[k] / 100)));
        var parameters = ModelSettings.From(new Dictionary<string, string>
        {
            ["VictoryProbModel"] = "Linear",
            ["PCEModel"] = "MarkovIncentive",
            ["StateTransitions"] = "Stochastic",
            ["VotingRule"] = "PropCbc",
            ["BigRAdjust"] = "OneThird",
            ["BigRRange"] = "Mid",
            ["ThirdPartyCommit"] = "SemiCommit",
            ["InterVecBrgn"] = "S2P2",
            ["BargnModel"] = "InitOnlyInterp",
            ["ideal-adjustment"] = "Alice:Alice=0.87;Bob:Bob=0.75;Bob:Alice=0.07;Carol:Carol=0.65;Carol:David=0.13;David:David=0.57",
        });
        return new Scenario(new ScenarioMetadata("DummyData_3Dim"), actors, issues, stances)
        {
            Seed = Seed,
            ModelSettings = ImmutableDictionary<string, ModelSettings>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase).Add("smp", parameters),
        };
    }
}
