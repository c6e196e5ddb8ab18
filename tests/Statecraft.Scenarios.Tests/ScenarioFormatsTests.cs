namespace Statecraft.Scenarios.Tests;

public sealed class ScenarioFormatsTests
{
    [Fact]
    public void TryDetect_TextTwoFormatsRecognise_NamesBothAndHowToChoose()
    {
        // Given: a line that looks native YAML and markup that looks like KTAB XML, in a .txt file
        const string text = "statecraft: 1\n# <Scenario><prngSeed>1</prngSeed>\n";

        // When
        var ok = ScenarioFormats.TryDetect("odd.txt", text, null, out _, out var problem);

        // Then
        Assert.False(ok);
        Assert.Equal("odd.txt: error SC1007: 'odd.txt' could be read as yaml or ktab-xml. Choose one with --input-format yaml or --input-format ktab-xml.", problem!.ToString());
    }

    [Fact]
    public void TryDetect_ExplicitFormat_Wins()
    {
        // When
        var ok = ScenarioFormats.TryDetect("odd.txt", "statecraft: 1\n# <Scenario><prngSeed>1</prngSeed>\n", "KTAB-XML", out var format, out _);

        // Then
        Assert.True(ok);
        Assert.Equal("ktab-xml", format!.Name);
    }

    [Theory]
    [InlineData("a.csv", "Actor,Capability,Position,Salience\nA,1,2,0.5\n", "actor-table")]
    [InlineData("a.csv", "T,D,1,1\nActor,Description,Power,X Position,X Salience\nA,a,1,10,50\n", "ktab-csv")]
    [InlineData("a.csv", "'#A'\t'x'\t'x'\n", "decide")]
    [InlineData("a.txt", "#A;x;x\n", "decide")]
    [InlineData("a.yml", "title: no version line\n", "yaml")]
    [InlineData("a.dat", "<Scenario>\n<Actors>\n", "ktab-xml")]
    public void TryDetect_ByExtensionThenContent_ChoosesTheFormat(string file, string text, string expected)
    {
        // When
        var ok = ScenarioFormats.TryDetect(file, text, null, out var format, out var problem);

        // Then
        Assert.True(ok, problem?.ToString());
        Assert.Equal(expected, format!.Name);
    }
}
