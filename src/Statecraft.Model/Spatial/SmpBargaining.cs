using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Spatial;

/// <summary>Places the bargain between an initiator and a receiver, dimension by dimension (KTAB <c>InterVecBrgn</c>).</summary>
/// <remarks>
/// §3.11. Uses the current positions (not the ideals) and each principal's own salience on each dimension.
/// The initiator's and the receiver's copies differ only by the 1e-6 offset that keeps each principal at its own
/// position when neither weight counts. Stateless and thread-safe.
/// </remarks>
internal static class SmpBargaining
{
    /// <summary>KTAB's offset against 0/0.</summary>
    private const double Offset = 1e-6;

    /// <summary>Computes both copies of the bargain.</summary>
    /// <param name="kind">S1P1, S2P2 or S2PMax.</param>
    /// <param name="positionI">θ_i, D coordinates.</param>
    /// <param name="positionJ">θ_j, D coordinates.</param>
    /// <param name="salienceI">s_i, D values.</param>
    /// <param name="salienceJ">s_j, D values.</param>
    /// <param name="probabilityI">p_I, the initiator's estimated chance of prevailing (in KTAB-compatible InitRcvrInterp, possibly a gain instead: Q6).</param>
    /// <param name="initiatorCopy">Receives b^I.</param>
    /// <param name="receiverCopy">Receives b^R.</param>
    public static void Interpolate(
        SmpBargainInterpolation kind,
        ReadOnlySpan<double> positionI,
        ReadOnlySpan<double> positionJ,
        ReadOnlySpan<double> salienceI,
        ReadOnlySpan<double> salienceJ,
        double probabilityI,
        Span<double> initiatorCopy,
        Span<double> receiverCopy)
    {
        var pI = probabilityI;
        var pJ = 1 - probabilityI;
        for (var d = 0; d < positionI.Length; d++)
        {
            double xi = positionI[d], xj = positionJ[d], si = salienceI[d], sj = salienceJ[d];
            if (kind == SmpBargainInterpolation.S2PMax)
            {
                var di = Math.Max(pJ - pI, 0);
                var dj = Math.Max(pI - pJ, 0);
                initiatorCopy[d] = xi + ((xj - xi) * di * sj * sj / ((di * sj * sj) + Offset + ((1 - di) * si * si)));
                receiverCopy[d] = xj + ((xi - xj) * dj * si * si / ((dj * si * si) + Offset + ((1 - dj) * sj * sj)));
                continue;
            }

            double wi, wj;
            if (kind == SmpBargainInterpolation.S1P1)
            {
                wi = si * pI;
                wj = sj * pJ;
            }
            else
            {
                wi = si * si * pI * pI;
                wj = sj * sj * pJ * pJ;
            }

            initiatorCopy[d] = SmpMath.Round4((((wi + Offset) * xi) + (wj * xj)) / (wi + Offset + wj));
            receiverCopy[d] = SmpMath.Round4(((wi * xi) + ((wj + Offset) * xj)) / (wi + wj + Offset));
        }
    }
}
