using Statecraft.Model.Exchange;
using Statecraft.Model.Exchange.Options;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.Tests.Exchange;

/// <summary>
/// Pins the exact results of the exchange engine: ten rounds of COP21 (tests/data/exchange/cop21.csv) in every mode, and
/// 300 random problems (coarse grids with exact ties included), as recorded after the last deliberate change of the
/// model's rules (the knife edge of the outcome-crossing cap and the gain-history order of equal gains, docs/reference/exchange.md
/// §4.6 and §4.8).
/// </summary>
/// <remarks>
/// A change to the engine's internals must leave every number bit-identical: the final outcomes are compared exactly,
/// the realised exchanges per round by count, and everything else (every round's positions, outcomes and
/// externalities, every field of every exchange, the REX draws) through a SHA-256 digest of the IEEE-754 bits
/// (<see cref="ExchangeResultDigest"/>). A deliberate change to the model's rules must re-record these figures and say why.
/// </remarks>
public sealed class ExchangeRegressionTests
{
    public static TheoryData<string> Cop21Cases => ["default", "clean", "rex", "rex-clean", "coin-flip", "no-crossing"];

    [Theory]
    [MemberData(nameof(Cop21Cases))]
    public void Run_Cop21TenRounds_IsBitIdenticalToTheRecordedRun(string name)
    {
        // Given
        var scenario = DecideTestReader.Read("cop21.csv");
        var problem = ExchangeProblem.FromScenario(scenario, [.. scenario.Issues.Select(i => i.Id)]);
        var (options, seed, outcome, counts, digest) = Recorded(name);

        // When
        var result = ExchangeEngine.Run(problem, options, seed is { } s ? new Xoshiro256StarStar(s) : null);

        // Then
        Assert.Equal(counts, result.Rounds.Select(r => r.Exchanges.Length));
        Assert.Equal(outcome, result.FinalOutcome.AsEnumerable());
        Assert.Equal(digest, ExchangeResultDigest.Of(result));
    }

    [Theory]
    [InlineData(ExchangeMode.DecideCurrent, ExchangeCapRule.StrictlyBetween, "3B388BFF77B64E3B72C48FCC7C3F7295C28922C32818CD66709FE25A7CA3CDD6")]
    [InlineData(ExchangeMode.DecideCurrent, ExchangeCapRule.NoCrossing, "E2EB97665002A672805531DF13831A2113CA90FBD27D44381326716124212886")]
    [InlineData(ExchangeMode.Clean, ExchangeCapRule.StrictlyBetween, "959AB1745C446CBC85FA370118BF9B447554D0737FA4E24BEDE117BFDA0F7846")]
    [InlineData(ExchangeMode.Clean, ExchangeCapRule.NoCrossing, "44C152D129CF2777EA7F50C32FC3A4E54D3AABA12C91A3CECFABDCC1E8181D45")]
    public void Run_RandomProblems_AreBitIdenticalToTheRecordedRuns(ExchangeMode mode, ExchangeCapRule capRule, string digest)
    {
        // Given
        var options = ExchangeOptions.Default with { Mode = mode, CapRule = capRule, Rounds = 4 };

        // When
        var results = Enumerable.Range(1, 300).Select(i => ExchangeEngine.Run(RandomExchangeProblems.Create((ulong)i), options));

        // Then
        Assert.Equal(digest, ExchangeResultDigest.Of(results));
    }

    [Fact]
    public void Run_RandomProblemsWithRex_AreBitIdenticalToTheRecordedRuns()
    {
        // Given
        var options = ExchangeOptions.Default with { RexP = 0.7, Rounds = 4 };

        // When
        var results = Enumerable.Range(1, 300).Select(i => ExchangeEngine.Run(RandomExchangeProblems.Create((ulong)i), options, new Xoshiro256StarStar((ulong)i)));

        // Then
        Assert.Equal("676D5B10102647D71BBB2E7F58D10AD6EB16B19B3932769C771C5C4186366B9A", ExchangeResultDigest.Of(results));
    }

    private static (ExchangeOptions Options, ulong? Seed, double[] Outcome, int[] Counts, string Digest) Recorded(string name)
    {
        var d = ExchangeOptions.Default;
        return name switch
        {
            "default" => (
                d,
                null,
                [44.72033756606565, 62.286339862887786, 43.607053276468825, 79.80926615905398, 66.94294397983946, 82.4879939416971, 45.94363467441142, 65.73167428593617, 5.868814326673219, 31.766306281737947, 76.91177970786752, 93.86665850498932, 15.191756509648709],
                [127, 142, 131, 133, 124, 129, 139, 134, 121, 122],
                "5370D6E723C25DC1A47FBC3DC4CAA85F3CA13CBB935C4931007A6AC3EC86348A"),
            "clean" => (
                d with { Mode = ExchangeMode.Clean },
                null,
                [48.412112809481506, 62.59506935511593, 44.57563143004231, 79.8054251124913, 69.48298369349624, 83.99790057736537, 44.7566546059059, 67.68632945607978, 5.564351373827111, 33.25027998868875, 75.36448572623897, 91.120757480963, 18.099284635995485],
                [129, 139, 129, 127, 123, 137, 132, 133, 124, 122],
                "B7CE7C9A618A2AE13B9F9B0E3302DADFCBDC82A11B5AC9599293CA46C34C3ED6"),
            "rex" => (
                d with { RexP = 0.5 },
                42,
                [52.07205885046046, 62.87538530777065, 45.85872953794515, 79.66192238156138, 65.87882109337714, 82.10248148459547, 45.14572703894291, 62.408535447491126, 12.090763363019342, 34.78228749527927, 76.95401699460017, 93.91680996967696, 15.796048127713167],
                [124, 143, 128, 131, 129, 130, 125, 129, 134, 132],
                "064B730ED1B28B699CF8D071732FB480C92C6407C561CEB32218C39B568FA218"),
            "rex-clean" => (
                d with { Mode = ExchangeMode.Clean, RexP = 1 },
                7,
                [48.16157460618903, 56.38868256698885, 44.113981234244676, 79.80031265758842, 68.85117480480542, 84.42377759928458, 50.11148443512954, 69.80770829648621, 6.419186495491707, 36.76240982069167, 75.19314018540415, 93.08520736293431, 22.571173982509553],
                [131, 142, 135, 129, 141, 133, 130, 133, 137, 120],
                "8566AAEC7E9DB7F4DDBD5E8F5837DDE8546200C740703824A00B04C7C1228ABD"),
            "coin-flip" => (
                d with { TieBreak = ExchangeTieBreak.SeededCoinFlip },
                3,
                [51.18421218574947, 60.637532037336506, 44.933851522584575, 79.76448502443827, 68.72662562618652, 84.79996219632142, 43.94659832799123, 63.63987318334408, 7.68477420015274, 37.29399711435473, 71.57928503812339, 91.33829704019011, 19.94189544108385],
                [125, 141, 132, 126, 126, 139, 138, 120, 129, 125],
                "15D59DDA5AD3ED7FDE145F2ED842CC0BD53FFE186E41D793E3D00FB52A8DD0AA"),
            "no-crossing" => (
                d with { CapRule = ExchangeCapRule.NoCrossing, SideRule = ExchangeSideRule.StrictlyBelow },
                null,
                [46.46144486287389, 57.41548233918249, 43.86172216261001, 79.83930427290412, 66.79275634100826, 85.28804528563333, 44.0079928476208, 74.54809183631386, 7.677358975061651, 33.81532858995778, 69.46826525083769, 91.58472530907531, 18.11309092017104],
                [124, 140, 127, 132, 116, 129, 119, 132, 123, 130],
                "198BF82A3AD38FA28793F1F7F16559F07C010F92D719FF521F59653E0F5C5EE6"),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No recorded run."),
        };
    }
}
