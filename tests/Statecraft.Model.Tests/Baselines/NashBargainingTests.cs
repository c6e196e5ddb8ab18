using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Statecraft.Model.Baselines;
using Statecraft.Model.Baselines.Options;

namespace Statecraft.Model.Tests.Baselines;

public class NashBargainingTests
{
    [Fact]
    public void Solve_NoReferencePoint_IsCompromise()
    {
        Assert.Equal(50.0, NashBargaining.Solve([0, 100], [1, 1], 0, 100, null));
    }

    [Fact]
    public void Solve_TwoEqualActorsSameSide_HandComputed()
    {
        // Given d = 0, ideals 40 and 60, equal weights, quadratic loss.
        // g1 = 1600 − (y−40)², g2 = 3600 − (y−60)²; the first-order condition (40−y)/g1 + (60−y)/g2 = 0 must hold.
        var y = NashBargaining.Solve([40, 60], [1, 1], 0, 100, 0)!.Value;
        var g1 = 1600 - ((y - 40) * (y - 40));
        var g2 = 3600 - ((y - 60) * (y - 60));

        Assert.InRange(y, 40, 60);
        Assert.Equal(0, ((40 - y) / g1) + ((60 - y) / g2), 9);
    }

    [Fact]
    public void Solve_SymmetricActorsAroundFarReference_IsMidpoint()
    {
        // Mirroring the scale (x → 100 − x, d → 100 − d) must mirror the solution: y(d=0) + y(d=100) = 100.
        var low = NashBargaining.Solve([40, 60], [1, 1], 0, 100, 0)!.Value;
        var high = NashBargaining.Solve([60, 40], [1, 1], 0, 100, 100)!.Value;
        Assert.Equal(100.0, low + high, 9);
    }

    [Fact]
    public void Solve_HolderOfStatusQuo_ReturnsReferencePointByDefault()
    {
        // An actor at d cannot gain, so F is empty (§1.5).
        Assert.Equal(0.0, NashBargaining.Solve([0, 60], [1, 1], 0, 100, 0));
    }

    [Fact]
    public void Solve_ExcludeHolders_DropsTheHolderAndSolvesForTheRest()
    {
        // Without the holder only the actor at 60 remains; its Nash solution is its ideal point.
        var y = NashBargaining.Solve([0, 60], [1, 1], 0, 100, 0, NashLoss.Quadratic, NashEmptyFeasible.ExcludeHolders)!.Value;
        Assert.Equal(60.0, y, 6);
    }

    [Fact]
    public void Solve_EmptyFeasibleCompromise_ReturnsWeightedMean()
    {
        Assert.Equal(30.0, NashBargaining.Solve([0, 60], [1, 1], 0, 100, 0, NashLoss.Quadratic, NashEmptyFeasible.Compromise));
    }

    [Fact]
    public void Solve_ActorsOnBothSidesOfReference_EmptyFeasible()
    {
        Assert.Equal(50.0, NashBargaining.Solve([20, 80], [1, 1], 0, 100, 50));
    }

    [Fact]
    public void Solve_LinearLoss_SingleActorGetsIdeal()
    {
        Assert.Equal(70.0, NashBargaining.Solve([70], [2], 0, 100, 10, NashLoss.Linear)!.Value, 6);
    }

    [Fact]
    public void Solve_LinearLoss_HandComputed()
    {
        // d = 0, ideals 40 (θ=1) and 60 (θ=1). For y in [40, 60]: g1 = 40 − (y − 40) = 80 − y, g2 = 60 − (60 − y) = y.
        // Maximise ln(80 − y) + ln y → y = 40 (on the boundary of the interval, derivative at 40: −1/40 + 1/40 = 0).
        Assert.Equal(40.0, NashBargaining.Solve([40, 60], [1, 1], 0, 100, 0, NashLoss.Linear)!.Value, 6);
    }

    [Property(MaxTest = 200)]
    public Property Solve_WithReference_StaysWithinIdealRange(PositiveInt a, PositiveInt b, PositiveInt wa, PositiveInt wb)
    {
        // Actors both above d = 0 always have a non-empty F; the solution lies within their ideal points.
        double xa = 1 + (a.Get % 99), xb = 1 + (b.Get % 99);
        var y = NashBargaining.Solve([xa, xb], [wa.Get % 10 + 1, wb.Get % 10 + 1], 0, 100, 0)!.Value;
        return (y >= Math.Min(xa, xb) - 1e-6 && y <= Math.Max(xa, xb) + 1e-6).ToProperty();
    }
}
