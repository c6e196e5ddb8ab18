using System.Globalization;
using System.Text.Json;

namespace Statecraft.Cli.Tests;

public class UnrestCommandTests
{
    [Fact]
    public void Json_HasExactlyTheTickShape()
    {
        var (code, output) = CliRunner.Run("unrest", "--ticks", "20", "--seed", "7", "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var ticks = doc.RootElement.GetProperty("ticks");
        Assert.Equal(21, ticks.GetArrayLength());
        var k = 0;
        foreach (var t in ticks.EnumerateArray())
        {
            Assert.Equal(["tick", "quiet", "active", "jailed", "legitimacy"], t.EnumerateObject().Select(p => p.Name).ToArray());
            Assert.Equal(k++, t.GetProperty("tick").GetInt32());
            var total = t.GetProperty("quiet").GetInt32() + t.GetProperty("active").GetInt32() + t.GetProperty("jailed").GetInt32();
            Assert.Equal(1120, total); // 0.7 · 40 · 40 citizens, exact-count placement
            Assert.Equal(0.82, t.GetProperty("legitimacy").GetDouble());
        }

        Assert.Equal(7UL, doc.RootElement.GetProperty("seed").GetUInt64());
    }

    [Fact]
    public void SameSeed_GivesIdenticalOutput_AndAnotherSeedDiffers()
    {
        var a = CliRunner.Run("unrest", "--ticks", "60", "--seed", "11", "--format", "csv");
        var b = CliRunner.Run("unrest", "--ticks", "60", "--seed", "11", "--format", "csv");
        var c = CliRunner.Run("unrest", "--ticks", "60", "--seed", "12", "--format", "csv");

        Assert.Equal(0, a.ExitCode);
        Assert.Equal(a.Output, b.Output);
        Assert.NotEqual(a.Output, c.Output);
        Assert.StartsWith("tick,quiet,active,jailed,legitimacy\n0,1120,0,0,0.82\n", a.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void LegitimacyOutsideTheUnitInterval_IsRejectedWithExitCode2()
    {
        var (code, output) = CliRunner.Run("unrest", "--legitimacy", "1.5");

        Assert.Equal(2, code);
        Assert.Contains("option 'legitimacy' = '1.5' is not allowed; expected [0, 1].", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSetOption_IsRejectedWithExitCode2()
    {
        var (code, output) = CliRunner.Run("unrest", "--set", "no-such-option=1");

        Assert.Equal(2, code);
        Assert.Contains("no-such-option", output, StringComparison.Ordinal);
    }

    [Fact]
    public void HighLegitimacy_NobodyEverTurnsActive()
    {
        // Grievance G = H·(1 − L) ≤ 1 − 0.95 = 0.05 < T = 0.1, so G − R·N > T never holds, whatever the risk.
        var (code, output) = CliRunner.Run("unrest", "--legitimacy", "0.95", "--ticks", "100", "--format", "csv");

        Assert.Equal(0, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        Assert.Equal(101, rows.Length);
        Assert.All(rows, r => Assert.Equal(0, int.Parse(r.Split(',')[2], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Table_ShowsTheSummaryAndAtMost40SampledTicks()
    {
        var (code, output) = CliRunner.Run("unrest", "--run", "2", "--ticks", "200");

        Assert.Equal(0, code);
        Assert.Contains("outbursts", output, StringComparison.Ordinal);
        Assert.Contains("peak", output, StringComparison.Ordinal);
        var tickRows = output.Split('\n').Count(l => l.StartsWith('│'));
        Assert.InRange(tickRows, 2, 41); // header + ≤ 40 ticks
    }

    [Fact]
    public void Chart_WritesAnSvg()
    {
        var path = Path.Combine(Path.GetTempPath(), $"unrest-{Environment.ProcessId}.svg");
        try
        {
            var (code, _) = CliRunner.Run("unrest", "--ticks", "30", "--chart", path);

            Assert.Equal(0, code);
            Assert.Contains("<svg", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
