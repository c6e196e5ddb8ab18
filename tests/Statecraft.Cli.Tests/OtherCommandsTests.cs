using System.Text.Json;

namespace Statecraft.Cli.Tests;

public class OtherCommandsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("forecast")]
    [InlineData("backtest")]
    [InlineData("unrest")]
    [InlineData("simulate")]
    [InlineData("validate")]
    [InlineData("convert")]
    [InlineData("scenarios")]
    [InlineData("models")]
    [InlineData("sensitivity")]
    [InlineData("runs")]
    [InlineData("runs list")]
    [InlineData("runs show")]
    [InlineData("runs rerun")]
    public void Help_EveryCommand_PrintsItsUsage(string command)
    {
        // Option descriptions are rendered as markup, so a literal bracket in one (an interval, an optional part)
        // must be escaped or the help itself fails.
        var (code, output) = CliRunner.Run([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        Assert.Equal(0, code);
        Assert.Contains("USAGE:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected error:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("simulate --format csv", "--format csv is not supported; use table or json.")]
    [InlineData("sensitivity --format csv", "--format csv is not supported; use table or json.")]
    [InlineData("unrest --format xml", "--format xml is not supported; use table, json or csv.")]
    [InlineData("simulate --set weighting", "--set weighting: expected NAME=VALUE, e.g. --set weighting=salience.")]
    [InlineData("sensitivity --set =1", "--set =1: expected NAME=VALUE.")]
    [InlineData("unrest --set jail-term", "--set jail-term: expected NAME=VALUE, e.g. --set jail-term=infinite.")]
    [InlineData("unrest --chart out.txt", "--chart out.txt: the extension '.txt' is not supported; use .svg or .png.")]
    public void SharedOptionChecks_BadValue_NamesTheOptionAndWhatIsAllowed(string arguments, string message)
    {
        var (code, output) = CliRunner.Run(arguments.Split(' '));

        Assert.NotEqual(0, code);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Unrest_NamesTheOptionEachValueFlagSets_WhoseRangeModelsShows()
    {
        var (_, help) = CliRunner.Run("unrest", "--help");
        var (_, models) = CliRunner.Run("models");

        Assert.Contains("Initial legitimacy L₀ (the option legitimacy)", help, StringComparison.Ordinal);
        Assert.DoesNotContain("[0, 1000]", help, StringComparison.Ordinal);
        Assert.Matches(@"\n  vision +7 +\[0, 1000\] ", models);
    }

    [Fact]
    public void Scenarios_ListsTheBundledScenarios()
    {
        var (code, output) = CliRunner.Run("scenarios");

        Assert.Equal(0, code);
        Assert.Contains("middle-east-2025", output, StringComparison.Ordinal);
        Assert.Contains("eu-emission-1994", output, StringComparison.Ordinal);
        Assert.Contains("ktab-soe-pol-comp", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Models_ListsEveryModelWithItsOptions()
    {
        var (code, output) = CliRunner.Run("models");

        Assert.Equal(0, code);
        foreach (var name in new[] { "compromise", "median", "nash", "mean" })
        {
            Assert.Contains(name, output, StringComparison.Ordinal);
        }

        Assert.Contains("empty-feasible", output, StringComparison.Ordinal);

        // The unrest models and the two-front coupling list their options too.
        Assert.Contains("arrest-ratio-rule", output, StringComparison.Ordinal);
        Assert.Contains("round-half-even", output, StringComparison.Ordinal);
        Assert.Contains("blue-share", output, StringComparison.Ordinal);
        Assert.Contains("ticks-per-round", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GoodFile_SaysOk()
    {
        var (code, output) = CliRunner.Run("validate", CliRunner.Data("cli/three-actors.yaml"));

        Assert.Equal(0, code);
        Assert.Contains("ok ", output, StringComparison.Ordinal);
        Assert.Contains("3 actors, 2 issues, 5 stances", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ExitsWithCode2()
    {
        var (code, output) = CliRunner.Run("validate", "no-such-file.yaml");

        Assert.Equal(2, code);
        Assert.Contains("no-such-file.yaml", output, StringComparison.Ordinal);
        Assert.Contains("invalid no-such-file.yaml: 1 error(s)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadFile_ReportsEveryErrorWithLineAndCaret()
    {
        var dir = Directory.CreateTempSubdirectory("statecraft-cli-");
        try
        {
            var file = Path.Combine(dir.FullName, "bad.yaml");
            File.WriteAllText(file, """
                statecraft: 1
                title: "bad"
                issues:
                  - id: a
                    name: "A"
                actors:
                  - id: X
                    name: "X"
                    capability: -1
                    stances:
                      a: { position: 50, salience: 1.7 }
                """);

            var (code, output) = CliRunner.Run("validate", file);

            Assert.Equal(2, code);
            Assert.Contains("bad.yaml:9:", output, StringComparison.Ordinal);
            Assert.Contains("bad.yaml:11:", output, StringComparison.Ordinal);
            Assert.Contains("did you mean 0.17?", output, StringComparison.Ordinal);
            Assert.Contains("^", output, StringComparison.Ordinal);
            Assert.Contains("2 error(s)", output, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Convert_BundledScenarioRoundTrip_GivesTheSameForecast()
    {
        var dir = Directory.CreateTempSubdirectory("statecraft-cli-");
        try
        {
            var yaml = Path.Combine(dir.FullName, "emission.yaml");
            var (code, _) = CliRunner.Run("convert", "eu-emission-1994", yaml);
            var (_, original) = CliRunner.Run("forecast", "eu-emission-1994", "--format", "json");
            var (code2, converted) = CliRunner.Run("forecast", yaml, "--format", "json");

            Assert.Equal(0, code);
            Assert.Equal(0, code2);
            using var a = JsonDocument.Parse(original);
            using var b = JsonDocument.Parse(converted);
            Assert.Equal(
                a.RootElement.GetProperty("issues").GetRawText(),
                b.RootElement.GetProperty("issues").GetRawText());
            Assert.Equal(
                a.RootElement.GetProperty("manifest").GetProperty("scenarioHash").GetString(),
                b.RootElement.GetProperty("manifest").GetProperty("scenarioHash").GetString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Convert_NonYamlOutput_IsRefused()
    {
        var (code, output) = CliRunner.Run("convert", "eu-emission-1994", "out.csv");

        Assert.Equal(2, code);
        Assert.Contains("OUT out.csv: convert writes the native YAML format; name the file .yaml or .yml.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var (code, output) = CliRunner.Run("--help");

        Assert.Equal(0, code);
        foreach (var command in new[] { "forecast", "validate", "convert", "scenarios", "models" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }
}

public class InputFormatOptionTests
{
    [Fact]
    public void InputFormat_ForcesTheReader()
    {
        // A native YAML file read as an actor table fails with the actor-table reader's own complaint.
        var (code, output) = CliRunner.Run("validate", CliRunner.Data("cli/three-actors.yaml"), "--input-format", "actor-table");

        Assert.Equal(2, code);
        Assert.DoesNotContain("ok ", output, StringComparison.Ordinal);
    }
}
