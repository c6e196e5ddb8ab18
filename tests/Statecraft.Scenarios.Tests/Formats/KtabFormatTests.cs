using Statecraft.Scenarios.Formats.Ktab;

namespace Statecraft.Scenarios.Tests.Formats;

public sealed partial class KtabFormatTests
{
    private static readonly KtabCsvFormat Csv = new();

    [Fact]
    public void Read_SoePolComp_KeepsKtabNumbersAndIds()
    {
        // When: KAPSARC KTAB, examples/smp/doc/SOE-Pol-Comp.csv
        var s = ScenarioLoader.Load(TestFiles.Data("ktab", "SOE-Pol-Comp.csv"));

        // Then
        Assert.Equal("China Policy/Competitive; scen 2", s.Metadata.Title);
        Assert.Equal(13, s.Actors.Length);
        Assert.Equal(["Policy Position", "Competitive Position"], s.Issues.Select(i => i.Id).ToArray());
        var xj = s.FindActor("XJ")!;
        Assert.Equal(100, xj.Capability);
        Assert.Equal("Xi Jinping", xj.Description);
        Assert.True(s.TryGetStance("XJ", "Policy Position", out var policy));
        Assert.Equal(30, policy.Position);
        Assert.Equal(0.24, policy.Salience);
        Assert.True(s.TryGetStance("WY", "Competitive Position", out var wy));
        Assert.Equal(60, wy.Position);
        Assert.Equal(0.46, wy.Salience);
        Assert.Equal(0, s.Issues[0].Scale.Min);
        Assert.Equal(100, s.Issues[0].Scale.Max);
        Assert.Equal("LH", s.Actors[4].Id);
        Assert.Equal("Liu He - Deputy Director of DRC", s.Actors[4].Description);
    }

    [Fact]
    public void Read_SixDimensionFile_IgnoresExtraCellsOnLineOne()
    {
        // When: dummyData_6Dim.csv has a fifth value 0 and empty cells on line 1 (§3.18)
        var s = ScenarioLoader.Load(TestFiles.Data("ktab", "dummyData_6Dim.csv"));

        // Then
        Assert.Equal(27, s.Actors.Length);
        Assert.Equal(6, s.Issues.Length);
        Assert.Equal("Dim0 Position", s.Issues[0].Id);
        Assert.Equal(99.98, s.FindActor("AA00")!.Capability);
        Assert.True(s.TryGetStance("AA00", "Dim3 Position", out var st));
        Assert.Equal(100, st.Position);
        Assert.Equal(0.2799, st.Salience, 15);
    }

    [Fact]
    public void Read_BrokenCsv_ReportsEveryProblem()
    {
        // Given
        const string text = """
            Test,Broken file,4,2
            Actor,Description,Influence,Oil Position,Oil Salience,Gas Position,Gas Salience
            A,First,10,50,60,50,50
            B,Second,0,120,20,50,20
            A,Duplicate,nan,50,abc,50,20
            """;

        // When
        var messages = TestFiles.Messages(TestFiles.Read(Csv, text, "broken.csv"));

        // Then
        Assert.Equal(
        [
            "broken.csv:1:18: error SC1501: numActors = 4 on line 1, but only 3 actor lines follow. Correct numActors, or add the missing actors.",
            "broken.csv:3:1: error SC1207: actors[0].stances: the saliences of actor 'A' add up to 110; KTAB allows at most 100. Saliences are shares of the actor's attention across dimensions; scale them down.",
            "broken.csv:4:10: error SC1202: actors[1].capability = 0 is not greater than 0. Capability is a ratio scale: give every actor a positive number; an actor with no power does not belong in the scenario.",
            "broken.csv:4:12: error SC1204: actors[1].stances.Oil Position.position = 120 is outside the scale [0, 100] of issue 'Oil Position'. Move the position onto the scale, or widen the issue's scale.",
            "broken.csv:5:1: error SC1301: actors[2].id = 'A' is already the id of another actor (line 3). Actor ids must be unique.",
            "broken.csv:5:13: error SC1201: actors[2].capability = nan is not a finite number. Write the number itself; NaN and infinity are not allowed.",
            "broken.csv:5:20: error SC1103: actors[2].stances.Oil Position.salience = 'abc' is not a number.",
        ], messages);
    }

    [Fact]
    public void Read_ZeroSalienceActor_IsRejected()
    {
        // Given
        const string text = "T,D,2,1\nActor,Description,Power,X Position,X Salience\nA,a,1,10,0\nB,b,1,20,50\n";

        // When
        var messages = TestFiles.Messages(TestFiles.Read(Csv, text, "zero.csv"));

        // Then
        Assert.Equal(
        [
            "zero.csv:3:1: error SC1506: actors[0].stances: actor 'A' gives every dimension salience 0. KTAB needs every actor to care about something (its distance and challenge weight divide by the total salience); raise a salience or remove the actor.",
        ], messages);
    }
}
