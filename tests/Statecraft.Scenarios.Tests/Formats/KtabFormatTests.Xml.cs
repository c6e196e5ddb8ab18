using Statecraft.Model.Domain;
using Statecraft.Model.Spatial.Options;
using Statecraft.Scenarios.Formats;
using Statecraft.Scenarios.Formats.Ktab;

namespace Statecraft.Scenarios.Tests.Formats;

public sealed partial class KtabFormatTests
{
    [Fact]
    public void Read_DummyXml_TakesSeedAndWarnsAboutIdealAdjustment()
    {
        // When
        var result = ScenarioLoader.Read(TestFiles.Data("ktab", "dummyData_3Dim.xml"));

        // Then
        Assert.True(result.IsValid);
        var s = result.Scenario!;
        Assert.Equal(3707583219545544125UL, s.Seed);
        Assert.Equal(["Pstn1", "Pstn2", "Pstn3"], s.Issues.Select(i => i.Id).ToArray());
        Assert.False(s.ModelSettings.ContainsKey("smp"));
        Assert.Equal(
        [
            "ktab/dummyData_3Dim.xml:11:4: warning SC1503: the file has no <IdealAdjustment>, which KTAB's own reader requires (its schema marks it optional); read as no adjustment (each actor's ideal follows only its own position). Add <IdealAdjustment> with at least one <iaPair> if KTAB itself must read this file.",
        ], TestFiles.Messages(result));
    }

    [Fact]
    public void Read_CapabilityOf23548Digits_IsRefusedAsTooLong_NotAnOverflow()
    {
        // Given: a number of 23,548 digits overflowed System.Decimal in the schema check (exit 1)
        var text = File.ReadAllText(TestFiles.Data("ktab", "dummyData_3Dim.xml"));
        text = text.Insert(text.IndexOf("<capability>", StringComparison.Ordinal) + "<capability>".Length, new string('9', 23_548));

        // When
        var result = TestFiles.Read(new KtabXmlFormat(), text, "long.xml");

        // Then
        Assert.False(result.IsValid);
        var messages = TestFiles.Messages(result);
        Assert.Contains(messages, m => m.Contains("warning SC1502: the file does not validate against KTAB's schema (smpSchema.xsd): <capability> 99999999999999999999999999999999… is outside the schema's range [0, 1000].", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("error SC1211: actors[0].capability = 99999999999999999999999999999999… is 23,555 characters long; a number has at most 100.", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SmpExampleWithoutOverride_RejectsEmptyPositionAndSaysWhy()
    {
        // When
        var result = ScenarioLoader.Read(TestFiles.Data("ktab", "smpExample.xml"));

        // Then
        Assert.False(result.IsValid);
        Assert.Equal(
        [
            "ktab/smpExample.xml:32:10: warning SC1502: the file does not validate against KTAB's schema (smpSchema.xsd): <dCoord> is empty, which is not an xs:decimal. Tools that validate against smpSchema.xsd reject the file.",
            "ktab/smpExample.xml:32:10: error SC1102: actors[0].stances.FirstDim.position is empty (<dCoord></dCoord>). Fill in the position, or supply it with the reader option fill-position=Alice/FirstDim=<value>.",
        ], TestFiles.Messages(result));
    }

    [Fact]
    public void Read_SmpExampleWithOverride_ReadsParametersSeedAndAdjustments()
    {
        // Given
        var options = new ScenarioReadOptions { Values = ScenarioReadOptions.Default.Values.SetItem(KtabXmlFormat.FillPositionOption, "Alice/FirstDim=52.8") };

        // When
        var result = ScenarioLoader.Read(TestFiles.Data("ktab", "smpExample.xml"), options);

        // Then
        Assert.True(result.IsValid);
        var s = result.Scenario!;
        Assert.Equal(3507583219545544127UL, s.Seed);
        var smp = s.ModelSettings["smp"];
        Assert.Equal("linear", smp.GetString("victory-prob-model", ""));
        Assert.Equal("markov-incentive", smp.GetString("pce-model", ""));
        Assert.Equal("stochastic", smp.GetString("state-transitions", ""));
        Assert.Equal("prop-cbc", smp.GetString("voting-rule", ""));
        Assert.Equal("one-third", smp.GetString("big-r-adjust", ""));
        Assert.Equal("mid", smp.GetString("big-r-range", ""));
        Assert.Equal("semi-commit", smp.GetString("third-party-commit", ""));
        Assert.Equal("s2-p2", smp.GetString("inter-vec-brgn", ""));
        Assert.Equal("init-only-interp", smp.GetString("bargn-model", ""));
        Assert.Equal("Alice:Alice=0.87;Bob:Bob=0.75;Bob:Alice=0.07;Carol:Carol=0.65;Carol:David=0.13;David:David=0.57", smp.GetString("ideal-adjustment", ""));
        Assert.True(s.TryGetStance("Alice", "FirstDim", out var alice));
        Assert.Equal(52.8, alice.Position);
        Assert.Equal(32.3 / 100, alice.Salience);
        Assert.Equal(
        [
            "ktab/smpExample.xml:32:10: warning SC1502: the file does not validate against KTAB's schema (smpSchema.xsd): <dCoord> is empty, which is not an xs:decimal. Tools that validate against smpSchema.xsd reject the file.",
            "ktab/smpExample.xml:32:10: warning SC1505: actors[0].stances.FirstDim.position is empty in the file; using 52.8 from the reader option fill-position.",
        ], TestFiles.Messages(result));
    }

    [Theory]
    [InlineData("VictoryProbModel", "victory-prob-model")]
    [InlineData("PCEModel", "pce-model")]
    [InlineData("BigRAdjust", "big-r-adjust")]
    [InlineData("ASymProsp", "a-sym-prosp")]
    [InlineData("S2PMax", "s2p-max")]
    [InlineData("PWCompInterp", "pw-comp-interp")]
    public void Kebab_KtabNames_SplitAtWordBoundaries(string pascal, string kebab) =>
        Assert.Equal(kebab, KtabXmlReader.Kebab(pascal));

    [Fact]
    public void EveryKtabParameterValue_IsWrittenAsTheSmpDeclarationSpellsIt()
    {
        foreach (var (parameter, values) in KtabXmlReader.ReaderValues)
        {
            var option = SmpDeclarations.All.Single(o => o.Name == KtabXmlReader.Kebab(parameter));
            foreach (var value in values)
            {
                Assert.Contains(ModelSettings.ToKebab(value), option.Allowed.Split(", "));
            }
        }
    }
}

public sealed partial class KtabFormatTests
{
    [Fact]
    public void Read_XmlOffSchema_WarnsForEachRuleAndReadsKtabSpellings()
    {
        // Given: KTAB's reader spelling Prop (the schema says Proportional), a capability over the schema's 1000,
        // only two actors, and the parameters out of order
        const string text = """
            <Scenario>
              <name>Two</name>
              <desc>Two actors</desc>
              <prngSeed>7</prngSeed>
              <ModelParameters>
                <VictoryProbModel>Linear</VictoryProbModel>
                <PCEModel>Conditional</PCEModel>
                <StateTransitions>Deterministic</StateTransitions>
                <VotingRule>Prop</VotingRule>
                <BigRAdjust>No</BigRAdjust>
                <BigRRange>Mid</BigRRange>
                <ThirdPartyCommit>SemiCommit</ThirdPartyCommit>
                <InterVecBrgn>S2P2</InterVecBrgn>
                <BargnModel>InitOnlyInterp</BargnModel>
              </ModelParameters>
              <Dimensions><dName>D</dName></Dimensions>
              <Actors>
                <Actor><name>A</name><description>a</description><capability>2000</capability>
                  <Position><dCoord>10</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>
                <Actor><name>B</name><description>b</description><capability>1</capability>
                  <Position><dCoord>90</dCoord></Position><Salience><dSal>50</dSal></Salience></Actor>
              </Actors>
              <IdealAdjustment><iaPair><adjustingIdeal>A</adjustingIdeal><referencePos>C</referencePos><adjust>0.1</adjust></iaPair></IdealAdjustment>
            </Scenario>
            """;

        // When
        var result = TestFiles.Read(new KtabXmlFormat(), text, "two.xml");

        // Then
        Assert.Equal(
        [
            "two.xml:9:6: warning SC1502: the file does not validate against KTAB's schema (smpSchema.xsd): <VotingRule> 'Prop' is not in the schema's list (Binary, PropBin, Proportional, PropCbc, Cubic, ASymProsp). Tools that validate against smpSchema.xsd reject the file.",
            "two.xml:17:4: warning SC1502: the file does not validate against KTAB's schema (smpSchema.xsd): <Actors> has 2 <Actor>; the schema requires at least 3. Tools that validate against smpSchema.xsd reject the file.",
            "two.xml:18:55: warning SC1502: the file does not validate against KTAB's schema (smpSchema.xsd): <capability> 2000 is outside the schema's range [0, 1000]. Tools that validate against smpSchema.xsd reject the file.",
            "two.xml:23:63: error SC1304: IdealAdjustment.iaPair[0].referencePos refers to unknown actor 'C'.",
        ], TestFiles.Messages(result));
    }
}
