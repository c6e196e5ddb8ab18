using Statecraft.Model.Uncertainty.Shocks;

namespace Statecraft.Runs.Tests;

public sealed class ShockParserTests
{
    [Fact]
    public void Parse_EveryForm_GivesItsShock()
    {
        Assert.Equal(new DropActorShock("usa"), ShockParser.Parse("drop:usa"));
        Assert.Equal(new SalienceShock("iran", "ceasefire", 0.9), ShockParser.Parse("salience:iran:ceasefire=0.9"));
        Assert.Equal(new PositionShock("iran", "ceasefire", 25), ShockParser.Parse("position: iran:ceasefire = 25"));
        Assert.Equal(new CapabilityShock("usa", 120), ShockParser.Parse("capability:usa=120"));
        Assert.Equal(new MergeActorsShock("a", "b", "ab"), ShockParser.Parse("merge:a+b=ab"));
        Assert.Equal(new MergeActorsShock("a", "b", null), ShockParser.Parse("merge:a+b"));
    }

    [Theory]
    [InlineData("drop")]
    [InlineData("drop:")]
    [InlineData("salience:iran=0.9")]
    [InlineData("merge:a")]
    [InlineData("shift:usa=1")]
    public void Parse_Malformed_NamesTheSyntax(string text)
    {
        var ex = Assert.Throws<UserInputException>(() => ShockParser.Parse(text));
        Assert.Equal($"--shock {text}: expected {ShockParser.Syntax}.", ex.Message);
    }

    [Fact]
    public void Parse_ValueNotANumber_SaysSo()
    {
        var ex = Assert.Throws<UserInputException>(() => ShockParser.Parse("capability:usa=lots"));
        Assert.Equal("--shock capability:usa=lots: 'lots' is not a number.", ex.Message);
    }
}
