using FsCheck.Xunit;
using Statecraft.Model.ExpectedUtility;
using Statecraft.Model.ExpectedUtility.Options;
using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Tests.ExpectedUtility;

/// <summary>Invariants of the expected-utility model on random inputs (§1.1, §2.2).</summary>
/// <remarks>
/// Permutation and scaling invariance hold up to rounding, and up to the input-order tie rules of §2.3 step 9, which
/// bite only at exact ties; continuous random positions avoid those, so the comparisons use 1e-9·R.
/// </remarks>
public sealed class ExpectedUtilityPropertyTests
{
    private const int Rounds = 8;

    private static ExpectedUtilityTrajectory Run(BdmActors a, ExpectedUtilityOptions o) =>
        ExpectedUtilitySimulation.Run(a.Positions, a.Capabilities, a.Saliences, o with { Rounds = Rounds });

    private static ExpectedUtilityOptions Preset(int seed) => seed % 2 == 0 ? ExpectedUtilityOptions.ScholzCode : ExpectedUtilityOptions.PaperLiteral;

    [Property(MaxTest = 60)]
    public void PermutingActors_ChangesNothing(int seed)
    {
        // Given
        var a = RandomCases.Actors(seed, 2, 12, grid: false);
        var p = RandomCases.Permutation(seed, a.Count);
        var permuted = new BdmActors([.. p.Select(k => a.Ids[k])], [.. p.Select(k => a.Capabilities[k])], [.. p.Select(k => a.Positions[k])], [.. p.Select(k => a.Saliences[k])]);
        var o = Preset(seed);

        // When
        var run = Run(a, o);
        var other = Run(permuted, o);

        // Then
        var tol = 1e-9 * (a.Positions.Max() - a.Positions.Min());
        for (var t = 0; t <= Rounds; t++)
        {
            Assert.Equal(run.Medians[t], other.Medians[t], tol);
            Assert.Equal(run.Means[t], other.Means[t], tol);
            for (var k = 0; k < a.Count; k++)
            {
                Assert.Equal(run.Positions[t][p[k]], other.Positions[t][k], tol);
            }
        }
    }

    [Property(MaxTest = 80)]
    public void Positions_NeverLeaveTheInitialRange(int seed)
    {
        // Given: random options, grid positions with ties.
        var a = RandomCases.Actors(seed, 2, 12, grid: seed % 3 != 0);
        var o = RandomCases.Options(seed);

        // When
        var run = Run(a, o);

        // Then
        var (min, max) = (a.Positions.Min(), a.Positions.Max());
        Assert.All(run.Positions, x => Assert.All(x, v => Assert.InRange(v, min, max)));
        Assert.All(run.Medians, m => Assert.InRange(m, min, max));
        Assert.All(run.RiskExponents, r => Assert.All(r, v => Assert.InRange(v, 0.5 - 1e-12, 2 + 1e-12)));
    }

    [Property(MaxTest = 60)]
    public void SalienceZeroActors_NeverMoveOthers(int seed)
    {
        // Given: the core itself, with some actors of salience 0 among the others, any options with the receiver
        // perspective and Q = 1. Then a = E(i→j) = U_s − U_sq > 0 for a partner j with s_j = 0, and
        // b − a = s_i·(1 − P_ji)·(U_f − U_s) ≤ 0, so j's offer is never a confrontation, compromise or capitulation.
        // (Under the sender perspective b uses r_j and the argument fails; the eu model leaves such actors out, see below.)
        var a = RandomCases.Actors(seed, 3, 12, grid: seed % 2 == 0);
        var zero = a.Saliences.Select((_, k) => k % 3 == 1).ToArray();
        var s = a.Saliences.Select((v, k) => zero[k] ? 0 : v).ToArray();
        var o = RandomCases.Options(seed) with { Perspective = Perspective.Receiver, Q = 1, Rounds = Rounds };

        // When
        var run = ExpectedUtilitySimulation.Run(a.Positions, a.Capabilities, s, o);

        // Then: nobody ever takes the offer of an actor that does not care.
        Assert.DoesNotContain(run.Moves, m => zero[m.Partner]);
    }

    [Property(MaxTest = 40)]
    public void SalienceZeroActors_InAScenario_LeaveTheForecastUnchanged(int seed)
    {
        // Given
        var a = RandomCases.Actors(seed, 2, 10, grid: true);
        var withIdle = new BdmActors([.. a.Ids, "Idle1", "Idle2"], [.. a.Capabilities, 5, 0.1], [.. a.Positions, 0, 100], [.. a.Saliences, 0, 0]);

        // When
        var model = new ExpectedUtilityModel();
        var settings = RandomCases.Options(seed).ToSettings();
        var plain = model.Run(EuScenarios.FromActors(a), settings, ModelRunContext.Default).Issues[0];
        var idle = model.Run(EuScenarios.FromActors(withIdle), settings, ModelRunContext.Default).Issues[0];

        // Then
        Assert.Equal(plain.Value, idle.Value);
        Assert.Equal(plain.Rounds.Select(r => r.Median), idle.Rounds.Select(r => r.Median));
        Assert.DoesNotContain(idle.Events, e => e.ActorId.StartsWith("Idle", StringComparison.Ordinal) || e.PartnerId!.StartsWith("Idle", StringComparison.Ordinal));
    }

    [Property(MaxTest = 60)]
    public void ScalingCapabilities_ChangesNothing(int seed)
    {
        // Given
        var a = RandomCases.Actors(seed, 2, 12, grid: false);
        var factor = new[] { 0.001, 3.7, 1000 }[((seed % 3) + 3) % 3];
        var scaled = a with { Capabilities = [.. a.Capabilities.Select(c => c * factor)] };
        var o = Preset(seed);

        // When
        var run = Run(a, o);
        var other = Run(scaled, o);

        // Then
        var tol = 1e-9 * (a.Positions.Max() - a.Positions.Min());
        for (var t = 0; t <= Rounds; t++)
        {
            Assert.Equal(run.Medians[t], other.Medians[t], tol);
            for (var k = 0; k < a.Count; k++)
            {
                Assert.Equal(run.Positions[t][k], other.Positions[t][k], tol);
            }
        }
    }
}
