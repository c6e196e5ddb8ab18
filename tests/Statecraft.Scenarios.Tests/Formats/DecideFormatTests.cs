using Statecraft.Scenarios.Formats.Decide;

namespace Statecraft.Scenarios.Tests.Formats;

public sealed class DecideFormatTests
{
    private static readonly DecideFormat Format = new();

    [Fact]
    public void Read_SampleData_ScalesFromMRowsAndPowerAsCapability()
    {
        // When: decide-exchange-model sample_data.txt
        var s = ScenarioLoader.Load(TestFiles.Data("exchange", "sample_data.txt"));

        // Then
        Assert.Equal(10, s.Actors.Length);
        Assert.Equal(6, s.Issues.Length);
        Assert.Equal("Willems", s.Actors[0].Id);
        Assert.Equal("Test", s.Actors[0].Description);
        var toll = s.FindIssue("tol-hoogte")!;
        Assert.Equal(new Model.Domain.IssueScale(0.5, 7), toll.Scale);
        Assert.Equal("Wat is dit voor onzin?", s.FindIssue("wanneer-tol")!.Description);
        Assert.True(s.TryGetStance("CDA", "tol-hoogte", out var cda));
        Assert.Equal(new Model.Domain.Stance("CDA", "tol-hoogte", 1.0, 0.6, 0.5), cda);
        Assert.Equal(0.5, s.FindActor("CDA")!.Capability);
        Assert.Equal(60, s.Stances.Length);
    }

    [Fact]
    public void Read_Copenhagen_KeepsKeysWithSpaces()
    {
        // When
        var s = ScenarioLoader.Load(TestFiles.Data("exchange", "copenhagen.csv"));

        // Then
        Assert.Equal(11, s.Actors.Length);
        Assert.Equal("EU (incl Norway)", s.Actors[1].Id);
        Assert.Equal("Alliance of Small Island States", s.Actors[10].Id);
    }

    [Fact]
    public void Read_SemicolonsAndPercentDeclaration_DividesSalience()
    {
        // Given
        const string text = "#/;salienceScale: percent\n#A;a;Actor A\n#A;b;Actor B\n#P;x;Issue X\n#M;x;0;none\n#M;x;10;all\n#D;a;x;3;80;2;because\n#D;b;x;7;40;1\n";

        // When
        var result = TestFiles.Read(Format, text, "semi.csv");

        // Then
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var s = result.Scenario!;
        Assert.Equal(new Model.Domain.Stance("a", "x", 3, 0.8, 2), s.Stances[0]);
        Assert.Equal("all", s.Issues[0].Scale.Describe(10));
        Assert.Equal("because", s.Rationales["stances.a.x.position"]);
        Assert.Equal(2, s.FindActor("a")!.Capability);
    }

    [Fact]
    public void Read_BrokenFile_ReportsEveryProblem()
    {
        // Given
        const string text = "'#A'\t'USA'\t'United States'\n'#A'\t'EU'\t'Europe'\n'#P'\t'tax'\t'Carbon tax'\n'#M'\t'tx'\t0\n'#D'\t'USA'\t'tax'\t120\t0.5\t1\n'#D'\t'UAS'\t'tax'\t50\t0.5\t1\n'#D'\t'EU'\t'tax'\t50\t45\t0\n'#D'\t'EU'\t'tac'\t50\t0.5\t1\n'#X'\t'?'\n";

        // When
        var messages = TestFiles.Messages(TestFiles.Read(Format, text, "broken.csv"));

        // Then
        Assert.Equal(
        [
            "broken.csv:4:6: error SC1303: #M refers to unknown issue 'tx'. Did you mean 'tax'? An issue's #P row must come before its #M rows.",
            "broken.csv:5:18: error SC1204: actors[0].stances.tax.position = 120 is outside the scale [0, 100] of issue 'tax'. Move the position onto the scale, or widen the issue's scale.",
            "broken.csv:6:6: error SC1304: #D refers to unknown actor 'UAS'. Did you mean 'USA'?",
            "broken.csv:7:20: error SC1203: actors[1].stances.tax.salience = 45 is outside [0, 1]. Salience is a share; did you mean 0.45?",
            "broken.csv:7:23: error SC1202: actors[1].stances.tax.capability = 0 is not greater than 0. Capability is a ratio scale: give every actor a positive number; an actor with no power does not belong in the scenario.",
            "broken.csv:8:11: error SC1303: actors[1].stances.tac refers to unknown issue 'tac'. Did you mean 'tax'?",
            "broken.csv:9:1: error SC1504: '#X' is not a decide row tag. Rows start with #A (actor), #P (issue), #M (scale point), #D (data), #/ (comment) or #O (title).",
        ], messages);
    }
}
