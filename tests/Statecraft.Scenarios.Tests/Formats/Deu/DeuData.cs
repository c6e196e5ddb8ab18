using System.Collections.Immutable;
using Statecraft.Model.Domain;
using Statecraft.Scenarios.Formats;
using Statecraft.Scenarios.Formats.Deu;

namespace Statecraft.Scenarios.Tests.Formats.Deu;

/// <summary>Loads the DEU II EU-15 test data (Thomson et al. 2012; DEU III CC BY 4.0), see tests/data/deu2/README.md.</summary>
internal static class DeuData
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "data", "deu2", name);

    public static string Eu15Text => File.ReadAllText(Path("DEU2-EU15.csv"));

    public static Scenario Eu15(string capability = "votes")
    {
        var result = Read(Eu15Text, capability);
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        return result.Scenario!;
    }

    public static ScenarioReadResult Read(string text, string capability = "votes", string? weights = null)
    {
        var values = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase)
            .Add("capability", capability);
        var companions = ImmutableDictionary<string, string>.Empty;
        if (weights is not null)
        {
            values = values.Add("weights", "w.csv");
            companions = companions.Add("w.csv", weights);
        }

        return new DeuScenarioFormat().Read(text, "deu.csv", new ScenarioReadOptions { Values = values, Companions = companions });
    }
}
