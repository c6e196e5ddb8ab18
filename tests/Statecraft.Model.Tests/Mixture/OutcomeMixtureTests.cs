using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Statecraft.Model.Mixture;
using Statecraft.Model.Domain;
using Statecraft.Model.Tests.Backtesting;

namespace Statecraft.Model.Tests.Mixture;

public class OutcomeMixtureTests
{
    // π = 0.325, ρ = 0.2, b = 1, the Parliament advisory under cns.
    private static readonly MixtureParameters Parameters = new(0.325, 0.2, 1, "ep", "cns", -10, 10);

    private static IssueSlice Slice(double? rp, string[] flags, params (string Actor, double X, double S)[] stances) =>
        TestScenarios.Build(("i", null, flags, rp, null, stances)).Slice("i");

    [Fact]
    public void Compute_LopsidedTwoSidedIssue_TheMajorityPositionPrevails()
    {
        // Given 80% of the weight at 100 and 20% at 0, no reference point
        // Atoms: 0 → 0.675·0.2 = 0.135; compromise 80 → 0.325 (cum 0.46); 100 → 0.675·0.8 = 0.54
        var outcome = OutcomeMixture.Compute(Slice(null, [], ("a", 0, 0.2), ("b", 100, 0.8)), Parameters)!;

        // Then the median is 100
        Assert.Equal(100, outcome.Median);
        Assert.Equal(80, outcome.Compromise, 1e-12);
        Assert.Equal("position", outcome.MedianAtom.Kind);
    }

    [Fact]
    public void Compute_BalancedTwoSidedIssue_TheCompromiseIsTheForecast()
    {
        // Given 60/40: atoms 0 → 0.27, compromise 60 → 0.325 (cum 0.595 ≥ ½)
        var outcome = OutcomeMixture.Compute(Slice(null, [], ("a", 0, 0.4), ("b", 100, 0.6)), Parameters)!;

        Assert.Equal(60, outcome.Median, 1e-12);
        Assert.Equal("compromise", outcome.MedianAtom.Kind);
    }

    [Fact]
    public void Compute_StatusQuoOnTheMajoritySide_TheStatusQuoSurvives()
    {
        // Given 70% at 0, 30% at 100 and the reference point 0:
        // at 0: 0.675·0.8·0.7 = 0.378 plus the status quo 0.675·0.2 = 0.135, cumulative 0.513 ≥ ½
        var outcome = OutcomeMixture.Compute(Slice(0, [], ("a", 0, 0.7), ("b", 100, 0.3)), Parameters)!;

        Assert.Equal(0, outcome.Median);

        // Without the reference point the 0 side has only 0.4725 and the compromise 30 is the forecast
        Assert.Equal(30, OutcomeMixture.Compute(Slice(null, [], ("a", 0, 0.7), ("b", 100, 0.3)), Parameters)!.Median, 1e-12);
    }

    [Fact]
    public void Compute_AdvisoryActorUnderConsultation_HasNoWeight()
    {
        // Given the Parliament alone at 100 against a member state at 0 with equal weight
        (string, double, double)[] stances = [("ep", 100, 1), ("de", 0, 1)];

        // When the issue is consultation (cns), the Parliament is advisory: everything sits at 0
        Assert.Equal(0, OutcomeMixture.Compute(Slice(null, ["cns"], stances), Parameters)!.Median);

        // Under co-decision it counts and the compromise 50 is the forecast
        Assert.Equal(50, OutcomeMixture.Compute(Slice(null, ["cod"], stances), Parameters)!.Median, 1e-12);
    }

    [Fact]
    public void Compute_OnlyTheAdvisoryActor_IsUndefined()
    {
        Assert.Null(OutcomeMixture.Compute(Slice(null, ["cns"], ("ep", 100, 1)), Parameters));
    }

    [Fact]
    public void Compute_SalienceExponent_SquaresSalience()
    {
        // Given saliences 0.6 at 100 and 0.4 at 0: with b = 2 the shares are 0.36/0.52 ≈ 0.692 and 0.308
        var outcome = OutcomeMixture.Compute(Slice(null, [], ("a", 0, 0.4), ("b", 100, 0.6)), Parameters with { SalienceExponent = 2 })!;

        Assert.Equal(100 * 0.36 / 0.52, outcome.Compromise, 1e-12);
        Assert.Equal(1.0, outcome.Atoms.Sum(a => a.Probability), 1e-12);
    }

    [Property]
    public Property Compute_ProbabilitiesSumToOne_AndMedianIsAnAtomWithinTheRange(PositiveInt seed)
    {
        var rng = new Random(seed.Get);
        var n = 1 + rng.Next(6);
        var stances = Enumerable.Range(0, n).Select(k => ($"a{k}", (double)rng.Next(0, 101), 0.05 + (rng.NextDouble() * 0.95))).ToArray();
        double? rp = rng.Next(2) == 0 ? null : rng.Next(0, 101);
        var outcome = OutcomeMixture.Compute(Slice(rp, [], stances), Parameters with { SalienceExponent = rng.Next(3) })!;
        var lo = Math.Min(stances.Min(s => s.Item2), rp ?? double.MaxValue);
        var hi = Math.Max(stances.Max(s => s.Item2), rp ?? double.MinValue);
        return (Math.Abs(outcome.Atoms.Sum(a => a.Probability) - 1) < 1e-12
                && outcome.Atoms.Any(a => a.Position == outcome.Median)
                && outcome.Median >= lo && outcome.Median <= hi).ToProperty();
    }

    [Property]
    public Property Compute_PermutingActors_DoesNotChangeTheForecast(PositiveInt seed)
    {
        var rng = new Random(seed.Get);
        var stances = Enumerable.Range(0, 2 + rng.Next(5)).Select(k => ($"a{k}", (double)rng.Next(0, 5) * 25, 0.1 + (rng.Next(9) / 10.0))).ToArray();
        var shuffled = stances.OrderBy(_ => rng.Next()).ToArray();
        var a = OutcomeMixture.Compute(Slice(0, [], stances), Parameters)!.Median;
        var b = OutcomeMixture.Compute(Slice(0, [], shuffled), Parameters)!.Median;
        return (Math.Abs(a - b) <= 1e-9).ToProperty();
    }
}
