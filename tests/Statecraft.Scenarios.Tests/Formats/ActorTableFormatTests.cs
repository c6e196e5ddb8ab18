using Statecraft.Scenarios.Formats.ActorTable;

namespace Statecraft.Scenarios.Tests.Formats;

public sealed class ActorTableFormatTests
{
    private static readonly ActorTableFormat Format = new();

    [Fact]
    public void Read_Emission1994_ScaleFromPositionsAndIdsAsWritten()
    {
        // When: Bueno de Mesquita (1994), table p. 78
        var s = ScenarioLoader.Load(TestFiles.Data("bdm", "emission_bdm1994.csv"));

        // Then
        Assert.Equal("emission_bdm1994", s.Metadata.Title);
        var issue = Assert.Single(s.Issues);
        Assert.Equal("emission_bdm1994", issue.Id);
        Assert.Equal(4, issue.Scale.Min);
        Assert.Equal(10, issue.Scale.Max);
        Assert.Equal(10, s.Actors.Length);
        Assert.Equal(new Model.Domain.Actor("UK", "UK", 0.16), s.FindActor("UK"));
        Assert.True(s.TryGetStance("Denmark", issue.Id, out var dk));
        Assert.Equal(new Model.Domain.Stance("Denmark", issue.Id, 4, 1.0), dk);
    }

    [Fact]
    public void Read_NamesWithSpacesAndParentheses_AreKeptExactly()
    {
        // When
        var s = ScenarioLoader.Load(TestFiles.Data("bdm", "uk_emu_labour_gov.csv"));

        // Then
        Assert.Equal("Labour (pro-euro)", s.Actors[0].Id);
        Assert.Equal("Bank of England", s.Actors[2].Id);
    }

    [Fact]
    public void Read_Directives_SetTitleIssueAndScale()
    {
        // Given
        const string text = """
            # title: EC car emissions
            # issue: delay
            # issueName: Years of delay before the standard applies
            # scale: 0 12
            Actor,Capability,Position,Salience
            Netherlands,0.08,4,0.80
            Germany,0.16,4,0.80
            """;

        // When
        var result = TestFiles.Read(Format, text, "emission.csv");

        // Then
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var s = result.Scenario!;
        Assert.Equal("EC car emissions", s.Metadata.Title);
        Assert.Equal("delay", s.Issues[0].Id);
        Assert.Equal("Years of delay before the standard applies", s.Issues[0].Name);
        Assert.Equal(new Model.Domain.IssueScale(0, 12), s.Issues[0].Scale);
    }

    [Fact]
    public void Read_BrokenTable_ReportsEveryProblem()
    {
        // Given
        const string text = """
            # scale: 0 10
            Actor,Capability,Position,Salience
            France,0.16,10,1.7
            UK,-1,11,0.9
            Italy,0.16,5
            France,.inf,5,0.5
            """;

        // When
        var messages = TestFiles.Messages(TestFiles.Read(Format, text, "broken.csv"));

        // Then
        Assert.Equal(
        [
            "broken.csv:3:16: error SC1203: actors[0].stances.broken.salience = 1.7 is outside [0, 1]. Salience is a share; did you mean 0.17?",
            "broken.csv:4:4: error SC1202: actors[1].capability = -1 is not greater than 0. Capability is a ratio scale: give every actor a positive number; an actor with no power does not belong in the scenario.",
            "broken.csv:4:7: error SC1204: actors[1].stances.broken.position = 11 is outside the scale [0, 10] of issue 'broken'. Move the position onto the scale, or widen the issue's scale.",
            "broken.csv:5:1: error SC1501: this line has 3 cells; expected 4 (Actor,Capability,Position,Salience).",
            "broken.csv:5:12: error SC1102: actors[2].stances.broken.salience is required.",
            "broken.csv:6:1: error SC1301: actors[3].id = 'France' is already the id of another actor (line 3). Actor ids must be unique.",
            "broken.csv:6:8: error SC1201: actors[3].capability = .inf is not a finite number. Write the number itself; NaN and infinity are not allowed.",
        ], messages);
    }

    [Fact]
    public void Read_AllPositionsEqual_AsksForDeclaredScale()
    {
        // When
        var messages = TestFiles.Messages(TestFiles.Read(Format, "Actor,Capability,Position,Salience\nA,1,5,0.5\nB,1,5,0.5\n", "flat.csv"));

        // Then
        Assert.Equal(
        [
            "flat.csv:2:5: error SC1205: every position is 5, so the issue's scale cannot be taken from the data. Declare the scale above the header, e.g. # scale: 0 10.",
        ], messages);
    }
}
