using System.Collections.Immutable;
using Statecraft.Model.Domain;
using Statecraft.Testing;

namespace Statecraft.Model.Tests.TwoFronts;

/// <summary>Small coupled scenarios: a regime (REG) at war (issue "war", settlement at 100) and on a survival issue.</summary>
internal static class TwoFrontFixtures
{
    public static Scenario Create(double legitimacy = 0.8, string extraUnrest = "", double cost = 0.2)
    {
        var war = new Issue("war", "war", new IssueScale(0, 100))
        {
            Flags = ["armed-conflict"],
            Conflict = new ArmedConflict(["REG", "ENEMY"], cost, 100),
        };
        var home = new Issue("home", "home", new IssueScale(0, 100)) { Flags = ["survival"] };
        var scenario = new ScenarioBuilder()
            .Issue(war).Issue(home)
            .Actor("REG", 40).Actor("ENEMY", 30).Actor("ALLY", 20).Actor("BROKER", 25).Actor("SOC", 15)
            .Stance("REG", "war", 10, 0.8).Stance("ENEMY", "war", 20, 0.9).Stance("ALLY", "war", 40, 0.5).Stance("BROKER", "war", 70, 0.6)
            .Stance("SOC", "war", 90, 0.3)
            .Stance("REG", "home", 90, 0.6).Stance("SOC", "home", 10, 0.9).Stance("ALLY", "home", 70, 0.4).Stance("BROKER", "home", 50, 0.2)
            .Build();
        var unrest = new Dictionary<string, string> { ["legitimacy"] = legitimacy.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var pair in extraUnrest.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=');
            unrest[kv[0]] = kv[1];
        }

        return scenario with { Arena = new DomesticArena("REG") { Unrest = ModelSettings.From(unrest), Seed = 99 } };
    }

    public static ImmutableArray<string> ModelNames => ["compromise", "median", "mean", "nash", "smp", "exchange"];
}
