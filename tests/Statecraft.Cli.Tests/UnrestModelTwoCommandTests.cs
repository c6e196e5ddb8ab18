using System.Globalization;
using System.Text.Json;
using Statecraft.Testing;

namespace Statecraft.Cli.Tests;

/// <summary><c>statecraft unrest --model ii</c>: Epstein's Model II through the command line.</summary>
public class UnrestModelTwoCommandTests
{
    [Fact]
    public void Json_HasTheTickShapeAndTheSummary()
    {
        // Given Run 7 (no cops), seed 3, 120 ticks,
        var (code, output) = CliRunner.Run("unrest", "--model", "ii", "--run", "ii-genocide", "--ticks", "120", "--seed", "3", "--format", "json");

        // Then the JSON holds every tick with the documented fields, the population change is births − deaths − killings,
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(("ii", "ii-genocide", 3UL), (root.GetProperty("model").GetString(), root.GetProperty("run").GetString(), root.GetProperty("seed").GetUInt64()));
        var ticks = root.GetProperty("ticks").EnumerateArray().ToArray();
        Assert.Equal(121, ticks.Length);
        Assert.Equal(
            ["tick", "blue", "green", "active", "jailed", "killed", "activeBlue", "activeGreen", "births", "deaths", "arrests", "cops", "cumulativeKilled", "mixedShare"],
            ticks[0].EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal((560, 560), (ticks[0].GetProperty("blue").GetInt32(), ticks[0].GetProperty("green").GetInt32())); // 0.7 · 1,600 = 1,120, half each
        for (var k = 1; k < ticks.Length; k++)
        {
            int Population(JsonElement t) => t.GetProperty("blue").GetInt32() + t.GetProperty("green").GetInt32();
            var change = ticks[k].GetProperty("births").GetInt32() - ticks[k].GetProperty("deaths").GetInt32() - ticks[k].GetProperty("killed").GetInt32();
            Assert.Equal(change, Population(ticks[k]) - Population(ticks[k - 1]));
        }

        // and the summary names the tick of genocide and the victor, as the table does.
        var summary = root.GetProperty("summary");
        Assert.Equal(82, summary.GetProperty("genocideTick").GetInt32());
        Assert.Equal("green", summary.GetProperty("victor").GetString());
        Assert.Equal(0, summary.GetProperty("finalBlue").GetInt32());
    }

    [Fact]
    public void Table_MatchesGolden()
    {
        var (code, output) = CliRunner.Run("unrest", "--model", "ii", "--ticks", "120", "--seed", "3");

        Assert.Equal(0, code);
        Golden.Assert(output, "unrest-model-ii-genocide.txt");
    }

    [Fact]
    public void Coexistence_BothGroupsSurvive_AndNobodyIsKilled()
    {
        // L = 0.9: G = 0.1·H < T for every agent, so the killed column is 0 on every tick.
        var (code, output) = CliRunner.Run("unrest", "--run", "ii-coexistence", "--ticks", "60", "--format", "csv");

        Assert.Equal(0, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("tick,blue,green,active,jailed,killed,active_blue,active_green,births,deaths,arrests,cops,cumulative_killed,mixed_share", rows[0]);
        Assert.Equal(61, rows.Length - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal("0", r.Split(',')[5]));
        Assert.All(rows.Skip(1), r => Assert.True(int.Parse(r.Split(',')[1], CultureInfo.InvariantCulture) > 0 && int.Parse(r.Split(',')[2], CultureInfo.InvariantCulture) > 0));
    }

    [Fact]
    public void SetOptions_ReachTheModel_AndTheSeedReproduces()
    {
        var a = CliRunner.Run("unrest", "--model", "ii", "--run", "ii-safe-havens", "--ticks", "60", "--seed", "5", "--format", "csv", "--set", "cops-arrive=10");
        var b = CliRunner.Run("unrest", "--model", "ii", "--run", "ii-safe-havens", "--ticks", "60", "--seed", "5", "--format", "csv", "--set", "cops-arrive=10");

        Assert.Equal(0, a.ExitCode);
        Assert.Equal(a.Output, b.Output);
        var cops = a.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split(',')[11]).ToArray();
        Assert.All(cops.Take(10), c => Assert.Equal("0", c));
        Assert.All(cops.Skip(10), c => Assert.Equal("64", c));
    }

    [Fact]
    public void Chart_WritesAnSvgWithBothGroups()
    {
        var path = Path.Combine(Path.GetTempPath(), $"unrest-ii-{Environment.ProcessId}.svg");
        try
        {
            var (code, _) = CliRunner.Run("unrest", "--model", "ii", "--ticks", "40", "--chart", path);

            Assert.Equal(0, code);
            var svg = File.ReadAllText(path);
            Assert.Contains("<svg", svg, StringComparison.Ordinal);
            Assert.Contains("Green", svg, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(new[] { "--model", "iii" }, "--model iii is not known; use i (rebellion) or ii (inter-group violence).")]
    [InlineData(new[] { "--model", "ii", "--run", "ii-peace" }, "option 'run' = 'ii-peace' is not allowed; expected ii-coexistence, ii-genocide, ii-safe-havens, ii-nasty-regime, ii-withdrawal or 6–8.")]
    [InlineData(new[] { "--model", "ii", "--preset", "mesa" }, "--preset applies to Model I only; Model II starts from --run (docs/models/unrest.md).")]
    [InlineData(new[] { "--run", "7" }, "--run 7 is a Model II run; add --model ii, or give Model I an integer in [1, 5].")]
    [InlineData(new[] { "--run", "9" }, "option 'run' = '9' is not allowed; expected an integer in [1, 5].")]
    [InlineData(new[] { "--model", "ii", "--legitimacy-law", "salami" }, "--legitimacy-law applies to Model I only; Model II keeps each group's legitimacy fixed.")]
    public void BadArguments_AreRejectedWithExitCode2(string[] arguments, string message)
    {
        var (code, output) = CliRunner.Run(["unrest", .. arguments]);

        Assert.Equal(2, code);
        Assert.Contains(message, output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSetOption_NamesTheOptionAndTheKnownOnes()
    {
        var (code, output) = CliRunner.Run("unrest", "--model", "ii", "--set", "jail-placement=on-lattice-empty");

        Assert.Equal(2, code);
        Assert.Contains("unrest Model II has no option 'jail-placement'; its options are run, width, height,", output, StringComparison.Ordinal);
    }
}
