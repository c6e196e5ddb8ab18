using System.Globalization;
using System.Text.RegularExpressions;
using Statecraft.Model.Domain;
using Statecraft.Model.TwoFronts.Options;

namespace Statecraft.Cli.Tests.Options;

/// <summary>The help lines of the two-front options and the reading of them agree: what help shows is what is accepted.</summary>
public sealed partial class TwoFrontOptionDeclarationTests
{
    public static TheoryData<string> NumericOptions()
    {
        var data = new TheoryData<string>();
        foreach (var info in TwoFrontOptions.Descriptions.Where(o => Interval().IsMatch(o.Allowed)))
        {
            data.Add(info.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NumericOptions))]
    public void EveryNumericOption_AcceptsTheEndsOfTheRangeItsHelpShows_AndRefusesJustBeyond(string name)
    {
        var info = TwoFrontOptions.Descriptions.Single(o => o.Name == name);
        var m = Interval().Match(info.Allowed);
        var min = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var max = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);

        TwoFrontOptions.FromSettings(ModelSettings.Empty.With(name, m.Groups[1].Value));
        TwoFrontOptions.FromSettings(ModelSettings.Empty.With(name, m.Groups[2].Value));
        Assert.Throws<ModelOptionException>(() => TwoFrontOptions.FromSettings(ModelSettings.Empty.With(name, Beyond(min, -1))));
        Assert.Throws<ModelOptionException>(() => TwoFrontOptions.FromSettings(ModelSettings.Empty.With(name, Beyond(max, +1))));
    }

    [Fact]
    public void Defaults_AreWhatHelpShows()
    {
        var defaults = new TwoFrontOptions();
        var shown = TwoFrontOptions.Descriptions.ToDictionary(o => o.Name, o => o.Default);

        Assert.Equal(defaults.Rounds.ToString(CultureInfo.InvariantCulture), shown["rounds"]);
        Assert.Equal(defaults.TicksPerRound.ToString(CultureInfo.InvariantCulture), shown["ticks-per-round"]);
        Assert.Equal(defaults.Alpha.ToString("R", CultureInfo.InvariantCulture), shown["alpha"]);
        Assert.Equal(defaults.SettlementTolerance.ToString("R", CultureInfo.InvariantCulture), shown["settlement-tolerance"]);
        Assert.Equal(defaults, TwoFrontOptions.FromSettings(ModelSettings.Empty));
    }

    [Fact]
    public void Alpha_HelpShowsTheCapThatIsEnforced()
    {
        Assert.Equal("[0, 1000000]", TwoFrontOptions.Descriptions.Single(o => o.Name == "alpha").Allowed);
    }

    // An integer range's neighbour is one step away; a real range's is a small relative step.
    private static string Beyond(double end, int direction) =>
        (Math.Round(end) == end ? end + direction : end + (direction * Math.Max(1e-9, Math.Abs(end) * 1e-9))).ToString("R", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\[(-?[\d.E+]+), (-?[\d.E+]+)\]$")]
    private static partial Regex Interval();
}
