namespace Statecraft.Scenarios.Tests.Formats.Deu;

public class DeuFormatTests
{
    [Fact]
    public void Read_Eu15_OneIssuePerRowGroupedByProposal()
    {
        // Given / When
        var s = DeuData.Eu15();

        // Then 173 issues, 69 proposals, 172 outcomes; actors as written (com, ep, the 15 members)
        Assert.Equal(173, s.Issues.Length);
        Assert.Equal(69, s.Issues.Select(i => i.Group).Distinct().Count());
        Assert.Equal(172, s.Issues.Count(i => i.Outcome is not null));
        Assert.Equal(["com", "ep", "at", "be", "dk", "fi", "fr", "de", "el", "ie", "it", "lu", "nl", "pt", "es", "se", "uk"], s.Actors.Select(a => a.Id));
        var i1 = s.FindIssue("d00032i1")!;
        Assert.Equal(("d00032", 0.0, 100.0), (i1.Group, i1.ReferencePoint!.Value, i1.Outcome!.Value));
        Assert.Equal(new[] { "cod" }, i1.Flags.AsEnumerable());
        Assert.Equal("documents (d00032), issue 1", i1.Name);
        Assert.Equal(98, s.Issues.Count(i => i.HasFlag("cns")));
    }

    [Fact]
    public void Read_Eu15_VoteWeightsScaledToTheLargestState()
    {
        var s = DeuData.Eu15();

        Assert.Equal(1.0, s.FindActor("de")!.Capability);
        Assert.Equal(0.8, s.FindActor("es")!.Capability, 1e-15);
        Assert.Equal(0.2, s.FindActor("lu")!.Capability, 1e-15);
        Assert.Equal(1.0, s.FindActor("com")!.Capability);
        Assert.Equal("European Commission", s.FindActor("com")!.Name);
        Assert.Equal("Luxembourg", s.FindActor("lu")!.Name);
    }

    [Fact]
    public void Read_Eu15_OnlyActorsWithPositionAndSalienceCount()
    {
        // Given d00032i1: pat = 40 with sat = 40, pbu blank with sbu = 0
        var s = DeuData.Eu15();

        // Then Austria counts with salience 0.4; Bulgaria (no position in the EU-15 part) is no actor at all
        Assert.True(s.TryGetStance("at", "d00032i1", out var at));
        Assert.Equal((40.0, 0.4), (at.Position, at.Salience));
        Assert.Null(s.FindActor("bu"));
    }

    [Theory]
    [InlineData("shapley", "de", 1.0)]
    [InlineData("shapley", "lu", 0.02069 / 0.116666)]
    [InlineData("equal", "lu", 1.0)]
    public void Read_CapabilityConventions(string capability, string actor, double expected)
    {
        var s = DeuData.Eu15(capability);
        Assert.Equal(expected, s.FindActor(actor)!.Capability, 1e-12);
    }

    [Fact]
    public void Read_CouncilShapley_LeavesTheInstitutionsOut()
    {
        var s = DeuData.Eu15("council-shapley");
        Assert.Null(s.FindActor("com"));
        Assert.Null(s.FindActor("ep"));
        Assert.Equal(15, s.Actors.Length);
    }

    [Fact]
    public void Read_NewMemberWithAPosition_UsesTheNiceTable()
    {
        // Given a proposal on which Poland takes a position
        var text = Header + "1,1,d04001,2004/0001(CNS),x,d04001i1,100,0,50,0,40,50,60,40\n";

        // When read with vote weights
        var s = DeuData.Read(text).Scenario!;

        // Then Germany has 29/29 and Poland 27/29 (EU-27, Nice)
        Assert.Equal(27 / 29.0, s.FindActor("pl")!.Capability, 1e-12);
        Assert.Equal(1.0, s.FindActor("de")!.Capability);
        Assert.Equal(new[] { "cns" }, s.Issues[0].Flags.AsEnumerable());
    }

    [Fact]
    public void Read_WeightsCompanion_WinsOverTheBuiltInTables()
    {
        var weights = "abbr,weights\nde,4\npl,2\n";
        var s = DeuData.Read(Header + "1,1,d04001,2004/0001(CNS),x,d04001i1,100,0,50,0,40,50,60,40\n", "votes", weights).Scenario!;
        Assert.Equal(0.5, s.FindActor("pl")!.Capability);
    }

    private const string Header = "prnrnmc,isnrnmc,prnr,cod,prname,isnr,pcom,pde,ppl,rp,out,scom,sde,spl\n";
}
