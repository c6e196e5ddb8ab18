using FsCheck.Xunit;
using Statecraft.Model.Domain;
using Statecraft.Scenarios.Formats;
using Statecraft.Scenarios.Formats.Yaml;

namespace Statecraft.Scenarios.Tests;

public sealed class NativeScenarioWriterTests
{
    [Property(Arbitrary = [typeof(ScenarioGenerators)], MaxTest = 300)]
    public void Write_ThenRead_IsContentEqual(Scenario scenario)
    {
        // When
        var yaml = NativeScenarioWriter.Write(scenario);
        var back = new YamlScenarioFormat().Read(yaml, "generated.yaml", ScenarioReadOptions.Default);

        // Then
        Assert.True(back.IsValid, string.Join("\n", back.Diagnostics) + "\n" + yaml);
        Assert.True(scenario.ContentEquals(back.Scenario), yaml);
    }

    [Fact]
    public void WriteFile_ThenLoad_IsContentEqual()
    {
        // Given
        var original = BundledScenarios.Load("ktab-soe-pol-comp");
        var path = Path.Combine(Path.GetTempPath(), $"statecraft-{Guid.NewGuid():N}.yaml");

        try
        {
            // When
            NativeScenarioWriter.WriteFile(original, path, ["a header"]);
            var back = ScenarioLoader.Load(path);

            // Then
            Assert.True(original.ContentEquals(back));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
