using Statecraft.Testing;

namespace Statecraft.Cli.Tests.Snapshots;

/// <summary>
/// Pins the JSON and CSV each command writes, byte for byte (golden/), on small fixed inputs and seeds. Volatile
/// facts (tool version, commit, timestamps, the test data folder) are normalised first (<see cref="Snapshot"/>).
/// After an intended change to an output, accept the new files with
/// <c>UPDATE_GOLDEN=1 dotnet test tests/Statecraft.Cli.Tests</c> and review the diff.
/// </summary>
public sealed class OutputSnapshotTests
{
    private static readonly string ThreeActors = CliRunner.Data("cli/three-actors.yaml");

    [Theory]
    [InlineData("compromise")]
    [InlineData("median")]
    [InlineData("mean")]
    [InlineData("nash")]
    [InlineData("eu")]
    [InlineData("smp")]
    [InlineData("exchange")]
    [InlineData("statecraft")]
    public void Forecast_EachModel_JsonAndCsvArePinned(string model)
    {
        Pin($"forecast-{model}.json", "forecast", ThreeActors, "--model", model, "--format", "json");
        Pin($"forecast-{model}.csv", "forecast", ThreeActors, "--model", model, "--format", "csv");
    }

    [Fact]
    public void MonteCarlo_JsonAndCsvArePinned()
    {
        Pin("montecarlo.json", "forecast", ThreeActors, "--runs", "20", "--seed", "3", "--no-store", "--format", "json");
        Pin("montecarlo.csv", "forecast", ThreeActors, "--runs", "20", "--seed", "3", "--no-store", "--format", "csv");
    }

    [Fact]
    public void Sensitivity_BothMethods_JsonIsPinned()
    {
        Pin("sensitivity-one-at-a-time.json", "sensitivity", ThreeActors, "--seed", "3", "--format", "json");
        Pin("sensitivity-sobol.json", "sensitivity", ThreeActors, "--method", "sobol", "--samples", "64", "--seed", "3", "--format", "json");
    }

    [Fact]
    public void Backtest_JsonIsPinned() =>
        Pin("backtest.json", "backtest", CliRunner.Data("deu2/DEU2-EU15.csv"), "--models", "compromise,median,exchange", "--format", "json");

    [Fact]
    public void UnrestModelI_JsonAndCsvArePinned()
    {
        Pin("unrest-i.json", "unrest", "--ticks", "8", "--seed", "7", "--format", "json");
        Pin("unrest-i.csv", "unrest", "--ticks", "8", "--seed", "7", "--format", "csv");
    }

    [Fact]
    public void UnrestModelII_JsonAndCsvArePinned()
    {
        Pin("unrest-ii.json", "unrest", "--model", "ii", "--ticks", "8", "--seed", "3", "--format", "json");
        Pin("unrest-ii.csv", "unrest", "--model", "ii", "--ticks", "8", "--seed", "3", "--format", "csv");
    }

    [Fact]
    public void TwoFronts_JsonIsPinned() =>
        Pin("two-fronts.json", "simulate", "--rounds", "2", "--seed", "5", "--format", "json");

    private static void Pin(string golden, params string[] args)
    {
        var (code, stdout, stderr) = CliRunner.RunSplit(args);
        Assert.True(code == 0, $"exit {code}: {stderr}");
        Golden.Assert(Snapshot.Normalise(stdout), golden);
    }
}
