namespace Statecraft.Scenarios.Tests.Formats;

public sealed partial class YamlFormatTests
{
    private const string Broken = """
        statecraft: 1
        title: Broken
        colour: blue
        issues:
          - id: gaza
            name: Gaza
            referencePoint: 130
            outcome: .nan
          - id: gaza
            name: Gaza again
            scale: { min: 10, max: 5 }
          - id: oil
            name: Oil
            scale: { min: 0, max: 10, labels: { 11: "too far" } }
            conflict:
              involved: [USA, IRN]
              costPerRound: -1
              settlementPoint: 10
          - id: empty
            name: Nobody cares
          - id: cold
            name: Zero salience only
        actors:
          - id: USA
            name: United States
            capability: 0
            capabilty: 5
            stances:
              gaza: { position: 120, salience: 1.7 }
              gazza: { position: 50, salience: 0.5 }
              cold: { position: 50, salience: 0 }
          - id: USA
            name: Duplicate
            capability: inf
            stances:
              oil: { position: 5, salience: nan, capability: high }
          - name: No id
            capability: 1
            stances:
              oil: { position: 5 }
        models:
          eu: { preset: [a, b] }
        """;

    [Fact]
    public void Read_BrokenFile_ReportsEveryProblemAtOnceSortedByPosition()
    {
        // When
        var result = Read(Broken);

        // Then
        Assert.Null(result.Scenario);
        Assert.Equal(
        [
            "scenario.yaml:3:1: error SC1104: colour is not a known key. Known keys: statecraft, id, title, description, asOf, salienceScale, sources, assumptions, seed, models, issues, actors, arena, uncertainty.",
            "scenario.yaml:7:21: error SC1206: issues[0].referencePoint = 130 is outside the scale [0, 100] of issue 'gaza'.",
            "scenario.yaml:8:14: error SC1201: issues[0].outcome = .nan is not a finite number. Write the number itself; NaN and infinity are not allowed.",
            "scenario.yaml:9:9: error SC1302: issues[1].id = 'gaza' is already the id of another issue (line 5). Issue ids must be unique.",
            "scenario.yaml:11:12: error SC1205: issues[1].scale: min = 10 is not below max = 5. Swap them, or give the scale two different ends.",
            "scenario.yaml:12:5: error SC1404: issues[2]: no actor gives issue 'oil' a positive salience. An issue nobody cares about cannot be bargained over; raise a salience or remove the issue.",
            "scenario.yaml:14:41: error SC1206: issues[2].scale.labels.11 = 11 is outside the scale [0, 10] of issue 'oil'.",
            "scenario.yaml:16:23: error SC1304: issues[2].conflict.involved[1] refers to unknown actor 'IRN'.",
            "scenario.yaml:17:21: error SC1208: issues[2].conflict.costPerRound = -1 is negative.",
            "scenario.yaml:19:5: error SC1403: issues[3]: no actor has a stance on issue 'empty'. Give at least one actor a position and salience on it, or remove the issue.",
            "scenario.yaml:21:5: error SC1404: issues[4]: no actor gives issue 'cold' a positive salience. An issue nobody cares about cannot be bargained over; raise a salience or remove the issue.",
            "scenario.yaml:26:17: error SC1202: actors[0].capability = 0 is not greater than 0. Capability is a ratio scale: give every actor a positive number; an actor with no power does not belong in the scenario.",
            "scenario.yaml:27:5: error SC1104: actors[0].capabilty is not a known key. Did you mean 'capability'?",
            "scenario.yaml:29:25: error SC1204: actors[0].stances.gaza.position = 120 is outside the scale [0, 100] of issue 'gaza'. Move the position onto the scale, or widen the issue's scale.",
            "scenario.yaml:29:40: error SC1203: actors[0].stances.gaza.salience = 1.7 is outside [0, 1]. Salience is a share; did you mean 0.17?",
            "scenario.yaml:30:7: error SC1303: actors[0].stances.gazza refers to unknown issue 'gazza'. Did you mean 'gaza'?",
            "scenario.yaml:32:9: error SC1301: actors[1].id = 'USA' is already the id of another actor (line 24). Actor ids must be unique.",
            "scenario.yaml:34:17: error SC1201: actors[1].capability = inf is not a finite number. Write the number itself; NaN and infinity are not allowed.",
            "scenario.yaml:36:37: error SC1201: actors[1].stances.oil.salience = nan is not a finite number. Write the number itself; NaN and infinity are not allowed.",
            "scenario.yaml:36:54: error SC1103: actors[1].stances.oil.capability = 'high' is not a number.",
            "scenario.yaml:37:5: error SC1102: actors[2].id is required.",
            "scenario.yaml:40:12: error SC1102: actors[2].stances.oil.salience is required.",
            "scenario.yaml:42:17: error SC1405: models.eu.preset is a list; a model setting is a single value. Write it as name: value, e.g. rounds: 10.",
        ], TestFiles.Messages(result));
    }

    [Theory]
    [InlineData("title: [unclosed", "scenario.yaml:3:1: error SC1101: YAML syntax: while parsing a flow sequence, did not find expected ',' or ']'. Check indentation, colons and quotes on this line and the one before.")]
    [InlineData("title: x\n  bad: indent", "scenario.yaml:3:6: error SC1101: YAML syntax: while scanning a plain scalar value, found invalid mapping. Check indentation, colons and quotes on this line and the one before.")]
    public void Read_MalformedYaml_ReportsParserPosition(string body, string expected)
    {
        // When
        var result = Read("statecraft: 1\n" + body + "\n");

        // Then
        var message = Assert.Single(TestFiles.Messages(result));
        Assert.Equal(expected, message);
    }

    [Theory]
    [InlineData("capability: 100", "capability: 1e308", "scenario.yaml:33:17: error SC1210: actors[0].capability = 1e308 is outside [1e-9, 1e9].")]
    [InlineData("capability: 100", "capability: 1e-12", "scenario.yaml:33:17: error SC1210: actors[0].capability = 1e-12 is outside [1e-9, 1e9].")]
    [InlineData("max: 100", "max: 1e12", "scenario.yaml:18:12: error SC1210: issues[0].scale.max = 1e12 is outside [-1e9, 1e9].")]
    [InlineData("min: 0", "min: -2e9", "scenario.yaml:17:12: error SC1210: issues[0].scale.min = -2e9 is outside [-1e9, 1e9].")]
    public void Read_NumberOutsideTheBounds_IsRefusedNamingTheRange(string from, string to, string expected)
    {
        // Given: capability 1e308 once validated and the forecast printed NaN and Infinity
        var result = Read(Valid.Replace(from, to, StringComparison.Ordinal));

        // Then
        var message = Assert.Single(TestFiles.Messages(result), m => m.Contains("SC1210", StringComparison.Ordinal));
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MoreThanAMillionActorIssuePairs_IsRefusedNamingTheLimit()
    {
        // Given: 1,001 actors × 1,000 issues
        var text = "statecraft: 1\ntitle: big\nissues:\n" + string.Concat(Enumerable.Range(0, 1_000).Select(d => $"  - {{id: i{d}, name: I}}\n"))
            + "actors:\n" + string.Concat(Enumerable.Range(0, 1_001).Select(k => $"  - {{id: a{k}, name: A, capability: 1}}\n"));

        // When
        var result = Read(text);

        // Then
        Assert.Equal(
            "scenario.yaml:1:1: error SC1406: the scenario has 1,001 actors × 1,000 issues = 1,001,000 actor–issue pairs; the limit is 1,000,000. Split the scenario, or leave out the issues and actors that matter least (docs/reliability.md, Documented limits).",
            Assert.Single(TestFiles.Messages(result)));
    }

    [Fact]
    public void Read_NumberLongerThan100Characters_IsRefusedNamingTheLimit()
    {
        // Given: 101 characters that read as 50
        var result = Read(Valid.Replace("capability: 100", "capability: 5" + new string('0', 100), StringComparison.Ordinal));

        // Then
        var message = Assert.Single(TestFiles.Messages(result), m => m.Contains("SC1211", StringComparison.Ordinal));
        Assert.StartsWith("scenario.yaml:33:17: error SC1211: actors[0].capability = 50000000000000000000000000000000… is 101 characters long; a number has at most 100.", message);
    }

    [Theory]
    [InlineData("x:\n  {a: 1\ny:\n")]
    [InlineData("x: {a: [1, {b: \"c")]
    [InlineData("- [\n")]
    public void Read_UnclosedYaml_IsASyntaxErrorWithALine_NotACrash(string text)
    {
        // When
        var result = Read(text);

        // Then
        var message = Assert.Single(TestFiles.Messages(result));
        Assert.Matches(@"^scenario\.yaml:\d+:\d+: error SC1101: YAML syntax: ", message);
    }

    [Theory]
    [InlineData(65, "[", "]")]
    [InlineData(35_000, "[", "]")]
    [InlineData(35_000, "{a: ", "}")]
    public void Read_NestingDeeperThanTheLimit_IsRefusedNamingTheLimit(int depth, string open, string close)
    {
        // Given: a 35,000-level nesting once overflowed the stack
        var text = "statecraft: 1\ntitle: " + string.Concat(Enumerable.Repeat(open, depth)) + string.Concat(Enumerable.Repeat(close, depth)) + "\n";

        // When
        var result = Read(text);

        // Then
        var message = Assert.Single(TestFiles.Messages(result));
        Assert.Contains("error SC1101: YAML syntax: the nesting is deeper than 64 levels, the limit for a scenario file.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NestingAtTheLimit_IsParsed()
    {
        var text = "statecraft: 1\ntitle: " + new string('[', 63) + new string(']', 63) + "\n";

        var result = Read(text);

        Assert.DoesNotContain(TestFiles.Messages(result), m => m.Contains("SC1101", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WrongVersionAndNoTitle_ReportsBoth()
    {
        // When
        var result = Read("statecraft: 2\nissues: []\nactors: []\n");

        // Then
        Assert.Equal(
        [
            "scenario.yaml:1:1: error SC1102: title is required.",
            "scenario.yaml:1:1: error SC1401: the scenario has no issues. Add at least one issue.",
            "scenario.yaml:1:1: error SC1402: the scenario has no actors. Add at least one actor.",
            "scenario.yaml:1:13: error SC1106: statecraft = 2 is not a supported format version. This version of Statecraft reads format version 1.",
        ], TestFiles.Messages(result));
    }

    [Fact]
    public void Read_PercentSaliencesInUnitFile_SuggestsSalienceScale()
    {
        // Given
        var text = Valid.Replace("salience: 0.9", "salience: 90", StringComparison.Ordinal).Replace("salience: 1,", "salience: 45,", StringComparison.Ordinal);

        // When
        var messages = TestFiles.Messages(Read(text));

        // Then
        Assert.Equal(
        [
            "scenario.yaml:38:19: error SC1203: actors[0].stances.gaza.salience = 90 is outside [0, 1]. Salience is a share; did you mean 0.9? If the file gives saliences on 0–100, add `salienceScale: percent` at the top.",
            "scenario.yaml:45:39: error SC1203: actors[1].stances.gaza.salience = 45 is outside [0, 1]. Salience is a share; did you mean 0.45? If the file gives saliences on 0–100, add `salienceScale: percent` at the top.",
        ], messages);
    }

    [Fact]
    public void Read_DuplicateKeyAndWrongTypes_ReportsEach()
    {
        // Given
        var text = """
            statecraft: 1
            title: T
            title: U
            asOf: last year
            seed: -1
            salienceScale: percentage
            issues: { id: x }
            actors:
              - id: A
                name: A
                capability: 1
                stances: [x]
            """;

        // When
        var messages = TestFiles.Messages(Read(text));

        // Then
        Assert.Equal(
        [
            "scenario.yaml:1:1: error SC1401: the scenario has no issues. Add at least one issue.",
            "scenario.yaml:3:1: error SC1105: title appears twice (first at line 2). Keep one of them.",
            "scenario.yaml:4:7: error SC1103: asOf = 'last year' is not an ISO date (yyyy-mm-dd). Example: asOf: 2025-10-15",
            "scenario.yaml:5:7: error SC1103: seed = -1 is not an unsigned 64-bit integer.",
            "scenario.yaml:6:16: error SC1107: salienceScale = 'percentage' is not one of unit, percent. unit: saliences are shares in [0, 1]; percent: saliences are on 0–100 and divided by 100.",
            "scenario.yaml:7:9: error SC1103: issues is a mapping; expected a list (lines starting with '- ' or [a, b]).",
            "scenario.yaml:12:14: error SC1103: actors[0].stances is a list; expected a mapping (key: value lines).",
        ], messages);
    }
}
