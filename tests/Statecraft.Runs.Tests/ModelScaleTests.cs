using Statecraft.Model.Forecasting;
using Statecraft.Testing;

namespace Statecraft.Runs.Tests;

public sealed class ModelScaleTests
{
    [Fact]
    public void Check_EuOn10000Actors_IsRefusedUpFrontWithTheReason()
    {
        // Given: 10,000 actors once took 8 GB and 101 s under eu
        var scenario = SyntheticScenarios.Create(10_000, 1);

        // When
        var ex = Assert.Throws<UserInputException>(() => ModelScale.Check(scenario, "eu"));

        // Then
        Assert.Equal(
            "--model eu runs on at most 3,000 actors and this scenario has 10,000: its ten n×n matrices need 81·n² bytes: 10,000 actors would need 8.1 GB, and the limit of 3,000 actors keeps it under 0.8 GB. Use a static model (compromise, median, mean, nash) or merge actors that share their stances (docs/reliability.md, Cost in actors and issues).",
            ex.Message);
    }

    [Fact]
    public void Check_AboveTheDocumentedSize_Warns()
    {
        // Given
        var scenario = SyntheticScenarios.Create(1_001, 2);

        // When
        var warning = ModelScale.Check(scenario, "eu");

        // Then
        Assert.StartsWith("eu on 1,001 actors × 2 issues is above its documented size of 1,000 actors and may take minutes: ", warning, StringComparison.Ordinal);
        Assert.Null(ModelScale.Check(scenario, "compromise"));
        Assert.Null(ModelScale.Check(SyntheticScenarios.Create(1_000, 2), "eu"));
    }

    [Fact]
    public void All_CoversEveryModelOfTheCatalogue()
    {
        Assert.Equal(ModelCatalog.All.Select(m => m.Name).Order(StringComparer.Ordinal), ModelScale.All.Select(c => c.Model).Order(StringComparer.Ordinal));
    }
}
