using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;
using Statecraft.Scenarios;

namespace Statecraft.Cli.Tests;

public class SamplesTests
{
    public static TheoryData<string, string> SamplesAndModels()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(SamplesFolder()).Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            foreach (var model in ModelCatalog.All)
            {
                data.Add(Path.GetFileName(file), model.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SamplesAndModels))]
    public void Sample_LoadsValidatesAndRunsWithEveryModel(string file, string modelName)
    {
        // Given a shipped sample (Mesa's test_examples: every example must run)
        var scenario = ScenarioLoader.Load(Path.Combine(SamplesFolder(), file));
        Assert.True(ModelCatalog.TryGet(modelName, out var model));

        // When
        var forecast = model.Run(scenario, ModelSettings.Empty, new ModelRunContext(42));

        // Then every issue gets a forecast on its own scale
        Assert.Equal(scenario.Issues.Length, forecast.Issues.Length);
        foreach (var f in forecast.Issues)
        {
            var scale = scenario.FindIssue(f.IssueId)!.Scale;
            Assert.NotNull(f.Value);
            Assert.InRange(f.Value!.Value, scale.Min, scale.Max);
            Assert.NotEmpty(f.Rounds);
        }
    }

    [Fact]
    public void BundledScenarios_AllLoadAndForecast()
    {
        foreach (var name in BundledScenarios.Names)
        {
            var (code, _) = CliRunner.Run("forecast", name, "--format", "json");
            Assert.Equal(0, code);
        }
    }

    private static string SamplesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples", "scenarios")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("samples/scenarios not found above the test folder."), "samples", "scenarios");
    }
}
