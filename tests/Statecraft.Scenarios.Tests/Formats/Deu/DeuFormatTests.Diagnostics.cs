using Statecraft.Scenarios.Formats.Deu;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Tests.Formats.Deu;

public class DeuFormatDiagnosticsTests
{
    private const string Header = "prnr,cod,prname,isnr,pcom,pde,rp,out,scom,sde\n";

    [Fact]
    public void Read_SalienceOutOfRange_ReportsFileLineColumnValueAndRange()
    {
        // Given sde = 150 on line 3, column 29
        var text = Header + "d1,1(COD),a,d1i1,100,0,0,50,80,60\nd1,1(COD),a,d1i2,100,0,0,50,80,150\n";

        // When
        var result = DeuData.Read(text);

        // Then
        Assert.Null(result.Scenario);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DeuMessages.OutOfRangeCode, 3, 32), (d.Code, d.Line, d.Column));
        Assert.Equal("deu.csv:3:32: error SC1555: d1i2.sde = 150 is outside [0, 100]. DEU positions, saliences, reference points and outcomes are on 0–100.", d.ToString());
        Assert.Equal(("150", "[0, 100]", "d1i2.sde"), (d.Value, d.Allowed, d.Field));
    }

    [Fact]
    public void Read_NotANumber_ReportsEveryProblemSorted()
    {
        var text = Header + "d1,1(COD),a,d1i1,abc,0,0,50,80,60\nd1,1(COD),a,d1i2,100,0,0,0.5e3,80,60\n";

        var result = DeuData.Read(text);

        Assert.Equal(
            [(DeuMessages.NotANumberCode, 2), (DeuMessages.OutOfRangeCode, 3)],
            result.Diagnostics.Select(d => (d.Code, d.Line!.Value)));
        Assert.Equal("d1i1.pcom = 'abc' is not a number.", result.Diagnostics[0].Message);
    }

    [Fact]
    public void Read_ShareInsteadOfPercent_HintsAtTheScale()
    {
        var result = DeuData.Read(Header + "d1,1(COD),a,d1i1,100,0,0,50,80,-0.5\n");
        Assert.Equal(DeuMessages.OutOfRangeCode, result.Diagnostics.Single().Code);

        var share = DeuData.Read(Header + "d1,1(COD),a,d1i1,100,0,0,150,80,60\n").Diagnostics.Single();
        Assert.Equal("d1i1.out", share.Field);
    }

    [Fact]
    public void Read_MissingColumns_NamesEach()
    {
        var result = DeuData.Read("prnr,isnr,pcom,scom\nd1,d1i1,100,50\n");

        Assert.Equal(["rp", "out"], result.Diagnostics.Select(d => d.Field));
        Assert.All(result.Diagnostics, d => Assert.Equal(DeuMessages.MissingColumnCode, d.Code));
    }

    [Fact]
    public void Read_DuplicateIssue_PointsToTheFirstRow()
    {
        var text = Header + "d1,1(COD),a,d1i1,100,0,0,50,80,60\nd1,1(COD),a,d1i1,100,0,0,50,80,60\n";

        var d = DeuData.Read(text).Diagnostics.Single();

        Assert.Equal(DeuMessages.DuplicateIssueCode, d.Code);
        Assert.Equal("Issue 'd1i1' appears twice; its first row is line 2.", d.Message);
    }

    [Fact]
    public void Read_WrongFieldCount_IsAnError()
    {
        var d = DeuData.Read(Header + "d1,1(COD),a,d1i1,100,0,0,50,80\n").Diagnostics.First();
        Assert.Equal((DeuMessages.FieldCountCode, "9", "10"), (d.Code, d.Value, d.Allowed));
    }

    [Fact]
    public void Read_SalienceWithoutPosition_WarnsAndDoesNotCount()
    {
        var result = DeuData.Read(Header + "d1,1(COD),a,d1i1,100,,0,50,80,60\n");

        Assert.NotNull(result.Scenario);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, DeuMessages.SalienceWithoutPositionCode), (d.Severity, d.Code));
        Assert.False(result.Scenario.TryGetStance("de", "d1i1", out _));
    }

    [Fact]
    public void Read_UnknownCapability_ListsTheAllowedValues()
    {
        var d = DeuData.Read(Header + "d1,1(COD),a,d1i1,100,0,0,50,80,60\n", "banzhaf").Diagnostics.Single();
        Assert.Equal((DeuMessages.UnknownCapabilityCode, "equal, votes, shapley, council-shapley"), (d.Code, d.Allowed));
    }

    [Fact]
    public void Read_ActorMissingFromTheWeightsFile_IsAnError()
    {
        var d = DeuData.Read(Header + "d1,1(COD),a,d1i1,100,0,0,50,80,60\n", "votes", "abbr,weights\nfr,3\n").Diagnostics.Single();
        Assert.Equal(DeuMessages.NoWeightCode, d.Code);
        Assert.Equal("Actor 'de' takes part but the weight table w.csv gives it no weights.", d.Message);
    }

    [Fact]
    public void Read_QuotedNameWithComma_IsOneField()
    {
        var result = DeuData.Read(Header + "d1,1(COD),\"tax, energy\",d1i1,100,0,0,50,80,60\n");
        Assert.True(result.IsValid);
        Assert.Equal("tax, energy (d1), issue 1", result.Scenario!.Issues[0].Name);
    }

    [Theory]
    [InlineData("x.csv", "prnrnmc,isnrnmc,prnr,cod,prname,isnr,pcom,rp,out,scom", true)]
    [InlineData("x.csv", "\uFEFFprnr,isnr,rp,out\r\n", true)]
    [InlineData("x.csv", "id,name,capability", false)]
    public void CanRead_RecognisesTheHeader(string file, string head, bool expected)
    {
        Assert.Equal(expected, new DeuScenarioFormat().CanRead(file, head));
    }

    [Fact]
    public void Procedure_ExtractsTheCodeInParentheses()
    {
        Assert.Equal("cod", DeuReader.Procedure("2000/0032(COD)"));
        Assert.Equal("cns", DeuReader.Procedure("CNS"));
        Assert.Null(DeuReader.Procedure("2000/0032"));
    }

    [Fact]
    public void Year_ExtractsTheLeadingYear()
    {
        Assert.Equal(2000, DeuReader.Year("2000/0032(COD)"));
        Assert.Equal(1998, DeuReader.Year("1998/0111(CNS)"));
        Assert.Null(DeuReader.Year("CNS"));
        Assert.Null(DeuReader.Year("20x0/0032(COD)"));
    }
}
