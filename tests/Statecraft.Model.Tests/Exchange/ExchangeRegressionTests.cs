using Statecraft.Model.Exchange;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.Tests.Exchange;

/// <summary>
/// Pins the exact results of the exchange engine: ten rounds of COP21 (tests/data/exchange/cop21.csv) in every mode, and
/// 300 random problems (coarse grids with exact ties included), as recorded after the last deliberate change of the
/// model's rules (the knife edge of the outcome-crossing cap, MODELS.md §4.6).
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
    [InlineData(ExchangeMode.DecideCurrent, ExchangeCapRule.StrictlyBetween, "4345693F2473F96F1CBA65D3B7437F2555AB5B93812E6BF470A1FD5D4CB60ACC")]
    [InlineData(ExchangeMode.DecideCurrent, ExchangeCapRule.NoCrossing, "6822A8E02F50CAD39F48935E7E5ECB0736EEE06ED6AC42460A08BF5AAD16CB26")]
    [InlineData(ExchangeMode.Clean, ExchangeCapRule.StrictlyBetween, "ABEC24C3643B8BF1FBDBD48BB58B50D0146DC6631D2B2684D398FF3C53BC57CB")]
    [InlineData(ExchangeMode.Clean, ExchangeCapRule.NoCrossing, "D11627CD8B74967BE1396FB91F473CB431AD6699DC5DEC0C0A5BE0FBA36DBAC1")]
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
        Assert.Equal("A45C0B62476132073DD66B261521305A60EBD997CD66F60AB2389E9EF36EF523", ExchangeResultDigest.Of(results));
    }

    private static (ExchangeOptions Options, ulong? Seed, double[] Outcome, int[] Counts, string Digest) Recorded(string name)
    {
        var d = ExchangeOptions.Default;
        return name switch
        {
            "default" => (
                d,
                null,
                [47.44940190170287, 66.03642056132742, 44.0715747339795, 79.68160531612804, 65.95151332879655, 85.17628274085243, 40.15764129353823, 69.63887637409404, 10.775463429167354, 31.168933107368403, 73.49370798973791, 92.19407893518029, 15.721408299094229],
                [127, 142, 131, 131, 128, 130, 134, 125, 132, 129],
                "0EA51B5115351DB940A115085D572D2AA3D5769F41853F8D2241AE769AD61DF9"),
            "clean" => (
                d with { Mode = ExchangeMode.Clean },
                null,
                [46.938886607346284, 61.21455481114927, 43.542287634294965, 79.56570645893875, 65.58421837539333, 82.71731498828903, 48.72927706041697, 63.48402568913587, 8.484349826765682, 30.978303156859777, 73.54118764238436, 92.1181380608489, 17.692793488308016],
                [129, 139, 129, 130, 123, 139, 132, 136, 132, 129],
                "002418CD5723D96FC99735587C762F6A7BDCE4B314F2E79DBF2D0F011746EEFE"),
            "rex" => (
                d with { RexP = 0.5 },
                42,
                [48.31318829392963, 61.68416741973359, 45.482330472988814, 79.81920288779898, 70.20676421420721, 80.81018807342676, 43.875544065710386, 62.77616298339908, 8.974936502706258, 40.30829380206245, 72.06038563412982, 93.18079527714667, 23.902535907260113],
                [124, 143, 131, 134, 128, 131, 134, 125, 130, 128],
                "64363456239C5D0F6939675AF7BC4934752B85B6B2FBD6F6E498FAC54FA7D1F4"),
            "rex-clean" => (
                d with { Mode = ExchangeMode.Clean, RexP = 1 },
                7,
                [44.91017333180305, 57.9110105104505, 45.592163240630995, 79.78603575868229, 70.25473358257078, 83.3148711953537, 43.87337689383985, 65.10778925431003, 5.606530046345276, 36.30337067269762, 71.47486058736737, 90.7086581651683, 18.37700401240894],
                [131, 147, 132, 130, 120, 133, 137, 119, 134, 132],
                "4EBD9A3DFBB29A00B69E003AE7B9F6BABB2A249DA0BC0E56C681D6E514EDCA94"),
            "coin-flip" => (
                d with { TieBreak = ExchangeTieBreak.SeededCoinFlip },
                3,
                [51.18421218574947, 60.637532037336506, 44.933851522584575, 79.76448502443827, 68.72662562618652, 84.79996219632142, 43.94659832799123, 63.63987318334408, 7.68477420015274, 37.29399711435473, 71.57928503812339, 91.33829704019011, 19.94189544108385],
                [125, 141, 132, 126, 126, 139, 138, 120, 129, 125],
                "15D59DDA5AD3ED7FDE145F2ED842CC0BD53FFE186E41D793E3D00FB52A8DD0AA"),
            "no-crossing" => (
                d with { CapRule = ExchangeCapRule.NoCrossing, SideRule = ExchangeSideRule.StrictlyBelow },
                null,
                [48.80067160012232, 62.245344636949824, 44.54594104208339, 79.67124655194239, 66.31977500017945, 86.62144593794972, 46.351777570319605, 69.75640769979307, 4.917180671869098, 34.14026524028308, 71.16164210108785, 92.31432423702516, 15.310865733300238],
                [124, 140, 127, 130, 115, 129, 119, 128, 122, 120],
                "291553351B90DD97F509045A10ED24987B5982983EFB400A22B3143842381653"),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No recorded run."),
        };
    }
}
