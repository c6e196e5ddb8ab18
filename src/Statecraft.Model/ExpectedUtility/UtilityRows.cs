using System.Numerics;
using System.Runtime.InteropServices;

namespace Statecraft.Model.ExpectedUtility;

/// <summary>Vectorised rows of distances and basic utilities for one evaluator against every other actor (§2.3 step 4).</summary>
/// <remarks>
/// <para>A fractional power b^r is computed as exp(r·ln b) with <see cref="Vector.Exp(Vector{double})"/> and
/// <see cref="Vector.Log(Vector{double})"/>; it agrees with <see cref="Math.Pow"/> to a few units in the last place
/// (relative error below 1e-14), far inside the 1e-9 of the oracles. An exponent of exactly 1 takes the base itself,
/// bit for bit. ln 0 = −∞ and exp(−∞) = 0, so a zero base gives 0, as the power does.</para>
/// <para>The same inputs give the same bits on one machine, whatever the thread count. Pure; thread-safe.</para>
/// </remarks>
internal static class UtilityRows
{
    /// <summary>d_j = |x_i − x_j| / R, ln(0.5 − 0.5·d_j) and ln(0.5 + 0.5·d_j), and U_s, U_f for exponent <paramref name="r"/>.</summary>
    /// <param name="xi">x_i.</param>
    /// <param name="x">Every x_j.</param>
    /// <param name="range">R.</param>
    /// <param name="r">The evaluator's exponent.</param>
    /// <param name="logSuccess">Out: ln of the success base (clamped to ≥ 0).</param>
    /// <param name="logFailure">Out: ln of the failure base.</param>
    /// <param name="success">Out: U_s.</param>
    /// <param name="failure">Out: U_f.</param>
    public static void ForEvaluator(double xi, ReadOnlySpan<double> x, double range, double r, Span<double> logSuccess, Span<double> logFailure, Span<double> success, Span<double> failure)
    {
        var n = x.Length;
        var k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var w = Vector<double>.Count;
            var vxi = new Vector<double>(xi);
            var vr = new Vector<double>(r);
            var half = new Vector<double>(0.5);
            var two = new Vector<double>(2);
            var four = new Vector<double>(4);
            var vrange = new Vector<double>(range);
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            var ls = MemoryMarshal.Cast<double, Vector<double>>(logSuccess);
            var lf = MemoryMarshal.Cast<double, Vector<double>>(logFailure);
            var us = MemoryMarshal.Cast<double, Vector<double>>(success);
            var uf = MemoryMarshal.Cast<double, Vector<double>>(failure);
            for (var v = 0; v < vx.Length; v++)
            {
                var d = Vector.Abs(vxi - vx[v]) / vrange;
                var bs = Vector.Max(half - (half * d), Vector<double>.Zero);
                var bf = half + (half * d);
                var logS = Vector.Log(bs);
                var logF = Vector.Log(bf);
                ls[v] = logS;
                lf[v] = logF;
                us[v] = two - (four * (r == 1 ? bs : Vector.Exp(vr * logS)));
                uf[v] = two - (four * (r == 1 ? bf : Vector.Exp(vr * logF)));
            }

            k = vx.Length * w;
        }

        for (; k < n; k++)
        {
            var d = Math.Abs(xi - x[k]) / range;
            var bs = Math.Max(0.5 - (0.5 * d), 0);
            var bf = 0.5 + (0.5 * d);
            logSuccess[k] = Math.Log(bs);
            logFailure[k] = Math.Log(bf);
            success[k] = 2 - (4 * (r == 1 ? bs : Math.Exp(r * logSuccess[k])));
            failure[k] = 2 - (4 * (r == 1 ? bf : Math.Exp(r * logFailure[k])));
        }
    }

    /// <summary>U_s and U_f from the logarithms of their bases, with a different exponent per column (the sender perspective).</summary>
    /// <param name="logSuccess">ln of the success bases.</param>
    /// <param name="logFailure">ln of the failure bases.</param>
    /// <param name="r">The exponent of each column.</param>
    /// <param name="success">Out: U_s.</param>
    /// <param name="failure">Out: U_f.</param>
    public static void PerColumnExponent(ReadOnlySpan<double> logSuccess, ReadOnlySpan<double> logFailure, ReadOnlySpan<double> r, Span<double> success, Span<double> failure)
    {
        var n = r.Length;
        var k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var two = new Vector<double>(2);
            var four = new Vector<double>(4);
            var ls = MemoryMarshal.Cast<double, Vector<double>>(logSuccess);
            var lf = MemoryMarshal.Cast<double, Vector<double>>(logFailure);
            var vr = MemoryMarshal.Cast<double, Vector<double>>(r);
            var us = MemoryMarshal.Cast<double, Vector<double>>(success);
            var uf = MemoryMarshal.Cast<double, Vector<double>>(failure);
            for (var v = 0; v < vr.Length; v++)
            {
                us[v] = two - (four * Vector.Exp(vr[v] * ls[v]));
                uf[v] = two - (four * Vector.Exp(vr[v] * lf[v]));
            }

            k = vr.Length * Vector<double>.Count;
        }

        for (; k < n; k++)
        {
            success[k] = 2 - (4 * Math.Exp(r[k] * logSuccess[k]));
            failure[k] = 2 - (4 * Math.Exp(r[k] * logFailure[k]));
        }
    }

    /// <summary>D_k = (|x_k − u| / R)^ρ_k for every voter k: one row of the pass-2 vote kernel.</summary>
    /// <param name="u">The candidate position.</param>
    /// <param name="x">Every voter's position.</param>
    /// <param name="rho">Every voter's exponent.</param>
    /// <param name="range">R.</param>
    /// <param name="row">Out: D_k.</param>
    public static void PoweredDistances(double u, ReadOnlySpan<double> x, ReadOnlySpan<double> rho, double range, Span<double> row)
    {
        var n = x.Length;
        var k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vu = new Vector<double>(u);
            var vrange = new Vector<double>(range);
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            var vrho = MemoryMarshal.Cast<double, Vector<double>>(rho);
            var vrow = MemoryMarshal.Cast<double, Vector<double>>(row);
            for (var v = 0; v < vx.Length; v++)
            {
                vrow[v] = Vector.Exp(vrho[v] * Vector.Log(Vector.Abs(vx[v] - vu) / vrange));
            }

            k = vx.Length * Vector<double>.Count;
        }

        for (; k < n; k++)
        {
            var d = Math.Abs(x[k] - u) / range;
            row[k] = d == 0 ? 0 : Math.Exp(rho[k] * Math.Log(d));
        }
    }
}
