using Statecraft.Scenarios.Formats;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Runs.Tests;

public sealed class ResolverTests
{
    [Fact]
    public void Resolve_NoArgument_LoadsTheDefaultScenarioWithItsCanonicalHash()
    {
        var loaded = ScenarioResolver.Resolve(null, ScenarioReadOptions.Default);

        Assert.Equal(ScenarioResolver.DefaultScenario, loaded.Name);
        Assert.Equal(64, loaded.Hash.Length);
        Assert.Equal(ScenarioResolver.Hash(loaded.Scenario), loaded.Hash);
    }

    [Fact]
    public void Resolve_MisspelledBundledName_SuggestsTheNearest()
    {
        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioResolver.Resolve("middle-east-2052", ScenarioReadOptions.Default));

        var d = Assert.Single(ex.Diagnostics);
        Assert.Equal("SC0001", d.Code);
        Assert.Equal("'middle-east-2052' is neither a file nor a bundled scenario.", d.Message);
        Assert.StartsWith("Did you mean the bundled scenario 'middle-east-2025'?", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveModel_Misspelled_ListsModelsAndSuggestsTheNearest()
    {
        var ex = Assert.Throws<UserInputException>(() => ModelResolver.Resolve("compromize"));

        Assert.StartsWith("--model compromize: no such model. Available: ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith(" Did you mean 'compromise'?", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_UnknownOption_IsRefusedWithTheModelsOptions()
    {
        var loaded = ScenarioResolver.Resolve(null, ScenarioReadOptions.Default);
        var model = ModelResolver.Resolve("compromise");

        var ex = Assert.Throws<UserInputException>(() => ModelResolver.Settings(loaded.Scenario, model, null, null, ["weightin=salience"]));

        Assert.StartsWith("model 'compromise' has no option 'weightin'; ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith(" Did you mean 'weighting'?", ex.Message, StringComparison.Ordinal);
    }
}
