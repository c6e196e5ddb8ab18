using Statecraft.Model.Exchange;
using Statecraft.Model.Exchange.Options;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.Tests.Exchange;

/// <summary>
/// Pins the exact results of the exchange engine: ten rounds of COP21 (tests/data/exchange/cop21.csv) in every mode, and
/// 300 random problems (coarse grids with exact ties included), as computed before the engine was optimised for speed.
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
    [InlineData(ExchangeMode.DecideCurrent, ExchangeCapRule.StrictlyBetween, "484CE54EA99E914F9780021D154B7B8D10BD6916683A96081536384C4929D783")]
    [InlineData(ExchangeMode.DecideCurrent, ExchangeCapRule.NoCrossing, "6822A8E02F50CAD39F48935E7E5ECB0736EEE06ED6AC42460A08BF5AAD16CB26")]
    [InlineData(ExchangeMode.Clean, ExchangeCapRule.StrictlyBetween, "A90F00B2B8F9AC18D2A1272B5710FBCB9E4E951A21C2A56B16544FB2F07DA322")]
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
        Assert.Equal("4035A820816A2299BF66056224CF75DF292C03E3499A90C2B2D5930145677FB4", ExchangeResultDigest.Of(results));
    }

    private static (ExchangeOptions Options, ulong? Seed, double[] Outcome, int[] Counts, string Digest) Recorded(string name)
    {
        var d = ExchangeOptions.Default;
        return name switch
        {
            "default" => (
                d,
                null,
                [47.12313190115215, 68.68286190113729, 44.63878060069685, 79.68985972885213, 64.57476305403664, 86.41256316888519, 42.81323290581529, 61.12028848430105, 8.202418934919308, 28.948054173337432, 76.62054112353648, 90.88860753791523, 13.65005952144133],
                [127, 141, 130, 134, 126, 127, 132, 139, 140, 128],
                "30F58619F29D7F23FD430D38882ECE99BEE3322C4C73F5FCAED67FA2F0F7D67A"),
            "clean" => (
                d with { Mode = ExchangeMode.Clean },
                null,
                [46.938886607346284, 61.21455481114927, 43.542287634294965, 79.56570645893875, 65.58421837539333, 82.71731498828903, 48.72927706041697, 63.48402568913587, 8.484349826765682, 30.978303156859777, 73.54118764238436, 92.1181380608489, 17.692793488308016],
                [129, 139, 129, 130, 123, 139, 132, 136, 132, 129],
                "002418CD5723D96FC99735587C762F6A7BDCE4B314F2E79DBF2D0F011746EEFE"),
            "rex" => (
                d with { RexP = 0.5 },
                42,
                [45.698981633653894, 58.094686583674154, 46.38835674722306, 79.67469861111196, 69.43659700258989, 79.64650931622575, 41.711811077108855, 66.145528031459, 8.982124966973087, 36.09182673860718, 69.46773164162857, 93.00615986993633, 18.881232066691503],
                [124, 143, 131, 133, 122, 126, 123, 128, 127, 129],
                "B097C0E7CEC86A1F723FD60B06DA3BE9803B2EF29D99FA8E3D83EE1F218B21C6"),
            "rex-clean" => (
                d with { Mode = ExchangeMode.Clean, RexP = 1 },
                7,
                [43.041075445892325, 59.41609499449473, 44.35960670709128, 79.51913128301533, 67.78942830019369, 85.84321951655258, 42.033102603900986, 68.94161372351802, 7.981339017294585, 30.673286932593676, 73.73853892087325, 91.40717064417804, 19.46644982761439],
                [131, 147, 133, 127, 121, 137, 127, 127, 136, 127],
                "5B344F1D16F2451987149F2D0577A351092DDEC5F04C75B782F7B98AD24FA33F"),
            "coin-flip" => (
                d with { TieBreak = ExchangeTieBreak.SeededCoinFlip },
                3,
                [51.15958043647775, 60.02276578355996, 44.930282195866376, 79.76448502443827, 68.65063470507496, 84.956486987835, 43.860156993097384, 63.69460141723435, 7.611377428101648, 36.59906010068075, 71.58851506446229, 91.33920678082534, 19.98935126697738],
                [125, 141, 132, 126, 125, 140, 138, 120, 131, 124],
                "50E40342D8EB23E3015F990F6B0D68C83F96052AC1C768EBE61D397E23DCEDF2"),
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
