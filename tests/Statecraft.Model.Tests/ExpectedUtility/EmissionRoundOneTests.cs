using Statecraft.Model.ExpectedUtility;
using Statecraft.Model.ExpectedUtility.Options;

namespace Statecraft.Model.Tests.ExpectedUtility;

/// <summary>
/// Round 1 of the EC emission case (Bueno de Mesquita 1994, table p. 78) under the Scholz-code reading, against every
/// intermediate quantity in emission_round1_actor_detail.csv and emission_round1_pair_detail.csv (§7.1).
/// </summary>
public sealed class EmissionRoundOneTests
{
    private const double Tolerance = 1e-9;

    private static readonly BdmActors Emission = BdmCsv.Actors("emission_bdm1994.csv");

    private static ExpectedUtilityWorkspace PlayRoundOne(out double[] next)
    {
        var a = Emission;
        var w = a.Weights();
        var ws = new ExpectedUtilityWorkspace(a.Count);
        var range = a.Positions.Max() - a.Positions.Min();
        var median = ws.Median(a.Positions, w, range, MedianRule.CondorcetScan);
        next = new double[a.Count];
        ws.PlayRound(a.Positions, a.Positions, a.Saliences, w, range, median, ExpectedUtilityOptions.ScholzCode, null, next);
        return ws;
    }

    [Fact]
    public void RoundZero_Emission_MedianSevenMeanSevenPointThreeNine()
    {
        // Given
        var a = Emission;
        var ws = new ExpectedUtilityWorkspace(a.Count);

        // When
        var median = ws.Median(a.Positions, a.Weights(), 6, MedianRule.CondorcetScan);
        var mean = ExpectedUtilityWorkspace.Mean(a.Positions, a.Weights());

        // Then (§7.1: weighted median 7, weighted mean 7.389956)
        Assert.Equal(7, median);
        Assert.Equal(7.389956, mean, 6);
    }

    [Fact]
    public void PlayRound_EmissionScholzCode_MatchesActorDetail()
    {
        // Given
        var rows = BdmCsv.Rows("emission_round1_actor_detail.csv");

        // When
        var ws = PlayRoundOne(out var next);

        // Then
        Assert.Equal(Emission.Count, rows.Count);
        foreach (var row in rows)
        {
            var i = Emission.IndexOf(row["actor"]);
            Assert.Equal(BdmCsv.Number(row["security_S_i(sum_j EU_ji at r=1)"]), ws.Security[i], Tolerance);
            Assert.Equal(BdmCsv.Number(row["R_i"]), ws.RiskIndices[i], Tolerance);
            Assert.Equal(BdmCsv.Number(row["r_i"]), ws.RiskExponents[i], Tolerance);
            Assert.Equal(row["chosen_move"], MoveLabel(ws.Moves[i]));
            Assert.Equal(row["move_partner"], ws.Partners[i] < 0 ? "" : Emission.Ids[ws.Partners[i]]);
            Assert.Equal(BdmCsv.Number(row["new_x"]), next[i], Tolerance);
        }
    }

    [Fact]
    public void PlayRound_EmissionScholzCode_MatchesAllNinetyPairs()
    {
        // Given
        var rows = BdmCsv.Rows("emission_round1_pair_detail.csv");

        // When
        var ws = PlayRoundOne(out _);

        // Then
        Assert.Equal(90, rows.Count);
        var classes = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            var i = Emission.IndexOf(row["i(receiver)"]);
            var j = Emission.IndexOf(row["j(sender)"]);
            Assert.Equal(BdmCsv.Number(row["d_ij=|xi-xj|/R"]), ws.Distance(i, j), Tolerance);
            Assert.Equal(BdmCsv.Number(row["P_ij_pass1(r=1)"]), ws.ProbabilityPass1(i, j), Tolerance);
            Assert.Equal(BdmCsv.Number(row["EU_ij_pass1(r=1)"]), ws.ChallengePass1(i, j), Tolerance);
            Assert.Equal(BdmCsv.Number(row["P_ij_pass2(voter r_k)"]), ws.ProbabilityPass2(i, j), Tolerance);
            Assert.Equal(BdmCsv.Number(row["P_ji_pass2"]), ws.ProbabilityPass2(j, i), Tolerance);
            Assert.Equal(BdmCsv.Number(row["a=E^i(U_ij)[r_i]"]), ws.OwnChallenge(i, j), Tolerance);
            Assert.Equal(BdmCsv.Number(row["b=E^i(U_ji)[r_i]"]), ws.PartnerChallenge(i, j), Tolerance);
            Assert.Equal(row["class_for_i"], RegionLabel(ws.Region(i, j)));
            classes[row["class_for_i"]] = classes.GetValueOrDefault(row["class_for_i"]) + 1;
        }

        // §7.1: 24 same position, 48 no move, 4 confrontation, 10 compromise, 4 capitulation region.
        Assert.Equal([24, 48, 4, 10, 4], new[] { "same position (skipped)", "no move for i", "confrontation: i moves to x_j", "compromise: i moves part way", "capitulation region (disabled in the Scholz-code reading)" }.Select(c => classes.GetValueOrDefault(c)));
    }

    [Fact]
    public void PlayRound_EmissionSample_BelgiumCompromisesWithFranceToPublishedPosition()
    {
        // Given: the sample row Belgium–France of §7.1.
        var be = Emission.IndexOf("Belgium");
        var fr = Emission.IndexOf("France");

        // When
        var ws = PlayRoundOne(out var next);

        // Then
        Assert.Equal(-0.1148305035, ws.OwnChallenge(be, fr), 1e-10);
        Assert.Equal(0.2432965945, ws.PartnerChallenge(be, fr), 1e-10);
        Assert.Equal(OfferKind.Compromise, ws.Moves[be]);
        Assert.Equal(8.4159323154, next[be], 1e-10);
    }

    internal static string MoveLabel(OfferKind kind) => kind switch
    {
        OfferKind.None => "none",
        OfferKind.Confrontation => "confrontation",
        OfferKind.Compromise => "compromise",
        OfferKind.Capitulation => "capitulation",
        _ => kind.ToString(),
    };

    private static string RegionLabel(OfferKind kind) => kind switch
    {
        OfferKind.SamePosition => "same position (skipped)",
        OfferKind.None => "no move for i",
        OfferKind.Confrontation => "confrontation: i moves to x_j",
        OfferKind.Compromise => "compromise: i moves part way",
        OfferKind.Capitulation => "capitulation region (disabled in the Scholz-code reading)",
        _ => kind.ToString(),
    };
}
