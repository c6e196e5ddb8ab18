using System.Numerics;
using System.Runtime.InteropServices;
using Statecraft.Model.ExpectedUtility.Options;

namespace Statecraft.Model.ExpectedUtility;

/// <summary>Support S_pq for one position against another, the pair's total |votes| A_pq and the global sum Z, for every pair of distinct positions (§2.3 step 3, §2.8).</summary>
/// <remarks>
/// <para>Positions are compressed to the m distinct values u_0 &lt; … &lt; u_{m−1}: every quantity depends on a pair of
/// actors only through their positions, so equal positions share one row and give identical numbers.</para>
/// <para>With vote exponent 1 the supports come from prefix sums over the sorted positions in O(m²) (§2.8). With
/// voter-specific exponents they need a sum over voters per pair, O(m²·n), vectorised; the identity
/// S_pq = (A_pq + W_q − W_p)/2 with W_p = Σ_k w_k·D_kp, D_kp = (|x_k − u_p|/R)^ρ_k, halves the work.</para>
/// <para>Reductions run in a fixed order, so results do not depend on the thread count.</para>
/// </remarks>
internal static class VoteSupport
{
    /// <summary>Supports with every vote exponent 1, from prefix sums.</summary>
    /// <param name="u">The distinct positions, ascending.</param>
    /// <param name="g">The total weight at each distinct position.</param>
    /// <param name="mult">The number of actors at each distinct position.</param>
    /// <param name="range">R.</param>
    /// <param name="prefix">Scratch of length 2(m + 1).</param>
    /// <param name="support">Out: S_pq at [p·m + q] (support for u_p against u_q).</param>
    /// <param name="absVotes">Out: A_pq at [p·m + q], symmetric.</param>
    /// <returns>Z = Σ_a Σ_b Σ_k |v_k(x_a, x_b)| over actors a, b.</returns>
    public static double Linear(ReadOnlySpan<double> u, ReadOnlySpan<double> g, ReadOnlySpan<int> mult, double range, Span<double> prefix, Span<double> support, Span<double> absVotes)
    {
        var m = u.Length;
        var gp = prefix[..(m + 1)];
        var hp = prefix.Slice(m + 1, m + 1);
        gp[0] = 0;
        hp[0] = 0;
        for (var l = 0; l < m; l++)
        {
            gp[l + 1] = gp[l] + g[l];
            hp[l + 1] = hp[l] + (g[l] * u[l]);
        }

        var total = gp[m];
        double z = 0;
        for (var p = 0; p < m; p++)
        {
            support[(p * m) + p] = 0;
            absVotes[(p * m) + p] = 0;
            var low = p + 1;
            double row = 0;
            for (var q = p + 1; q < m; q++)
            {
                var diff = u[q] - u[p];
                var sum = u[p] + u[q];
                var mid = 0.5 * sum;
                while (low < q && u[low] < mid)
                {
                    low++;
                }

                var high = low;
                while (high < q && u[high] <= mid)
                {
                    high++;
                }

                // Voters strictly between the two positions lean to the nearer one by |u_p + u_q − 2u_l|.
                var innerP = (sum * (gp[low] - gp[p + 1])) - (2 * (hp[low] - hp[p + 1]));
                var innerQ = (2 * (hp[q] - hp[high])) - (sum * (gp[q] - gp[high]));
                var sp = ((diff * gp[p + 1]) + Math.Max(innerP, 0)) / range;
                var sq = ((diff * (total - gp[q])) + Math.Max(innerQ, 0)) / range;
                support[(p * m) + q] = sp;
                support[(q * m) + p] = sq;
                var a = sp + sq;
                absVotes[(p * m) + q] = a;
                absVotes[(q * m) + p] = a;
                row += mult[q] * a;
            }

            z += mult[p] * row;
        }

        return 2 * z;
    }

    /// <summary>Supports with voter-specific exponents ρ_k, by a vectorised sum over voters.</summary>
    /// <param name="u">The distinct positions, ascending (the first <paramref name="m"/> entries).</param>
    /// <param name="mult">The number of actors at each distinct position.</param>
    /// <param name="m">The number of distinct positions.</param>
    /// <param name="x">Every voter's position.</param>
    /// <param name="w">Every voter's weight.</param>
    /// <param name="rho">Every voter's exponent.</param>
    /// <param name="range">R.</param>
    /// <param name="powered">Scratch of length m·n: D at [p·n + k].</param>
    /// <param name="linear">Scratch of length 2m: W_p, then each row's share of Z.</param>
    /// <param name="support">Out: S_pq at [p·m + q].</param>
    /// <param name="absVotes">Out: A_pq at [p·m + q], symmetric.</param>
    /// <param name="maxDegreeOfParallelism">The largest number of threads to use.</param>
    /// <returns>Z.</returns>
    public static double Powered(
        double[] u,
        int[] mult,
        int m,
        double[] x,
        double[] w,
        double[] rho,
        double range,
        double[] powered,
        double[] linear,
        double[] support,
        double[] absVotes,
        int maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism > 1 && m >= ParallelThreshold)
        {
            PoweredInParallel(u, mult, m, x, w, rho, range, powered, linear, support, absVotes, maxDegreeOfParallelism);
        }
        else
        {
            // The serial path calls the row bodies directly: no closure or delegate is allocated (Monte Carlo runs it
            // millions of times).
            for (var p = 0; p < m; p++)
            {
                PreparePowered(p, u, x, w, rho, range, powered, linear);
            }

            for (var p = 0; p < m; p++)
            {
                PairsPowered(p, mult, m, w, powered, linear, support, absVotes);
            }
        }

        double z = 0;
        for (var p = 0; p < m; p++)
        {
            z += mult[p] * linear[m + p];
        }

        return 2 * z;
    }

    /// <summary>The two row passes of <see cref="Powered"/> spread over threads; a method of its own so that the serial path allocates no closure.</summary>
    private static void PoweredInParallel(
        double[] u,
        int[] mult,
        int m,
        double[] x,
        double[] w,
        double[] rho,
        double range,
        double[] powered,
        double[] linear,
        double[] support,
        double[] absVotes,
        int maxDegreeOfParallelism)
    {
        // Rows are independent; each writes only its own entries, so the result does not depend on the thread count.
        Run(m, maxDegreeOfParallelism, p => PreparePowered(p, u, x, w, rho, range, powered, linear));
        Run(m, maxDegreeOfParallelism, p => PairsPowered(p, mult, m, w, powered, linear, support, absVotes));
    }

    /// <summary>Row p of the powered distances |u_p − x_k|^ρ_k / R and its weighted sum.</summary>
    private static void PreparePowered(int p, double[] u, double[] x, double[] w, double[] rho, double range, double[] powered, double[] linear)
    {
        var n = x.Length;
        var row = powered.AsSpan(p * n, n);
        UtilityRows.PoweredDistances(u[p], x, rho, range, row);
        double wp = 0;
        for (var k = 0; k < n; k++)
        {
            wp += w[k] * row[k];
        }

        linear[p] = wp;
    }

    /// <summary>Row p of the pairwise supports and absolute votes against every later position.</summary>
    private static void PairsPowered(int p, int[] mult, int m, double[] w, double[] powered, double[] linear, double[] support, double[] absVotes)
    {
        var n = w.Length;
        var rowP = new ReadOnlySpan<double>(powered, p * n, n);
        var ws = linear.AsSpan(0, m);
        double share = 0;
        support[(p * m) + p] = 0;
        absVotes[(p * m) + p] = 0;
        Span<double> block = stackalloc double[4];
        for (var q = p + 1; q < m; q += 4)
        {
            var count = Math.Min(4, m - q);
            if (count == 4)
            {
                WeightedAbsDifference4(rowP, powered.AsSpan(q * n, 4 * n), w, block);
            }
            else
            {
                for (var b = 0; b < count; b++)
                {
                    block[b] = WeightedAbsDifference(rowP, new ReadOnlySpan<double>(powered, (q + b) * n, n), w);
                }
            }

            for (var b = 0; b < count; b++)
            {
                var a = block[b];
                var qq = q + b;
                var delta = ws[qq] - ws[p];
                support[(p * m) + qq] = Math.Max(0.5 * (a + delta), 0);
                support[(qq * m) + p] = Math.Max(0.5 * (a - delta), 0);
                absVotes[(p * m) + qq] = a;
                absVotes[(qq * m) + p] = a;
                share += mult[qq] * a;
            }
        }

        linear[m + p] = share;
    }

    /// <summary>Turns supports into probabilities P_pq.</summary>
    /// <param name="m">The number of distinct positions.</param>
    /// <param name="support">S_pq.</param>
    /// <param name="absVotes">A_pq.</param>
    /// <param name="z">Z.</param>
    /// <param name="normaliser">The normaliser.</param>
    /// <param name="probability">Out: P_pq at [p·m + q]; 0 on the diagonal.</param>
    public static void Normalise(int m, ReadOnlySpan<double> support, ReadOnlySpan<double> absVotes, double z, ProbabilityNormaliser normaliser, Span<double> probability)
    {
        for (var p = 0; p < m; p++)
        {
            for (var q = 0; q < m; q++)
            {
                var at = (p * m) + q;
                if (p == q)
                {
                    probability[at] = 0;
                }
                else if (normaliser == ProbabilityNormaliser.GlobalZ)
                {
                    probability[at] = z > 0 ? support[at] / z : 0;
                }
                else
                {
                    // [Statecraft guard] nobody cares about the pair: an even chance.
                    probability[at] = absVotes[at] > 0 ? Math.Min(support[at] / absVotes[at], 1) : 0.5;
                }
            }
        }
    }

    /// <summary>Writes the transpose of an m×m matrix, in cache-sized blocks, so that columns can be read as rows.</summary>
    /// <param name="source">The matrix, row-major with stride m.</param>
    /// <param name="target">Out: its transpose.</param>
    /// <param name="m">The order.</param>
    public static void Transpose(ReadOnlySpan<double> source, Span<double> target, int m)
    {
        const int Block = 32;
        for (var p0 = 0; p0 < m; p0 += Block)
        {
            for (var q0 = 0; q0 < m; q0 += Block)
            {
                var pEnd = Math.Min(p0 + Block, m);
                var qEnd = Math.Min(q0 + Block, m);
                for (var p = p0; p < pEnd; p++)
                {
                    for (var q = q0; q < qEnd; q++)
                    {
                        target[(q * m) + p] = source[(p * m) + q];
                    }
                }
            }
        }
    }

    /// <summary>Σ_k w_k·|b_k − a_k|, vectorised; the lane sums are added in a fixed order.</summary>
    /// <param name="a">The first row.</param>
    /// <param name="b">The second row.</param>
    /// <param name="w">The weights.</param>
    /// <returns>The sum.</returns>
    internal static double WeightedAbsDifference(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> w)
    {
        var n = a.Length;
        var k = 0;
        double sum = 0;
        if (Vector.IsHardwareAccelerated && n >= 2 * Vector<double>.Count)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
            var vw = MemoryMarshal.Cast<double, Vector<double>>(w);
            var acc0 = Vector<double>.Zero;
            var acc1 = Vector<double>.Zero;
            var v = 0;
            for (; v + 1 < va.Length; v += 2)
            {
                acc0 += vw[v] * Vector.Abs(vb[v] - va[v]);
                acc1 += vw[v + 1] * Vector.Abs(vb[v + 1] - va[v + 1]);
            }

            if (v < va.Length)
            {
                acc0 += vw[v] * Vector.Abs(vb[v] - va[v]);
            }

            sum = Vector.Sum(acc0 + acc1);
            k = va.Length * Vector<double>.Count;
        }

        for (; k < n; k++)
        {
            sum += w[k] * Math.Abs(b[k] - a[k]);
        }

        return sum;
    }

    /// <summary>Σ_k w_k·|q_bk − p_k| for four consecutive rows q_0..q_3 at once, so that p and w are loaded once for four sums.</summary>
    /// <param name="p">The first row.</param>
    /// <param name="q">Four rows of the same length, one after the other.</param>
    /// <param name="w">The weights.</param>
    /// <param name="result">Out: the four sums.</param>
    internal static void WeightedAbsDifference4(ReadOnlySpan<double> p, ReadOnlySpan<double> q, ReadOnlySpan<double> w, Span<double> result)
    {
        var n = p.Length;
        var q0 = q[..n];
        var q1 = q.Slice(n, n);
        var q2 = q.Slice(2 * n, n);
        var q3 = q.Slice(3 * n, n);
        if (!Vector.IsHardwareAccelerated || n < Vector<double>.Count)
        {
            result[0] = WeightedAbsDifference(p, q0, w);
            result[1] = WeightedAbsDifference(p, q1, w);
            result[2] = WeightedAbsDifference(p, q2, w);
            result[3] = WeightedAbsDifference(p, q3, w);
            return;
        }

        var vp = MemoryMarshal.Cast<double, Vector<double>>(p);
        var vw = MemoryMarshal.Cast<double, Vector<double>>(w);
        var v0 = MemoryMarshal.Cast<double, Vector<double>>(q0);
        var v1 = MemoryMarshal.Cast<double, Vector<double>>(q1);
        var v2 = MemoryMarshal.Cast<double, Vector<double>>(q2);
        var v3 = MemoryMarshal.Cast<double, Vector<double>>(q3);
        Vector<double> a0 = Vector<double>.Zero, a1 = Vector<double>.Zero, a2 = Vector<double>.Zero, a3 = Vector<double>.Zero;
        for (var v = 0; v < vp.Length; v++)
        {
            var pv = vp[v];
            var wv = vw[v];
            a0 = Vector.FusedMultiplyAdd(wv, Vector.Abs(v0[v] - pv), a0);
            a1 = Vector.FusedMultiplyAdd(wv, Vector.Abs(v1[v] - pv), a1);
            a2 = Vector.FusedMultiplyAdd(wv, Vector.Abs(v2[v] - pv), a2);
            a3 = Vector.FusedMultiplyAdd(wv, Vector.Abs(v3[v] - pv), a3);
        }

        double s0 = Vector.Sum(a0), s1 = Vector.Sum(a1), s2 = Vector.Sum(a2), s3 = Vector.Sum(a3);
        for (var k = vp.Length * Vector<double>.Count; k < n; k++)
        {
            s0 += w[k] * Math.Abs(q0[k] - p[k]);
            s1 += w[k] * Math.Abs(q1[k] - p[k]);
            s2 += w[k] * Math.Abs(q2[k] - p[k]);
            s3 += w[k] * Math.Abs(q3[k] - p[k]);
        }

        result[0] = s0;
        result[1] = s1;
        result[2] = s2;
        result[3] = s3;
    }

    /// <summary>Runs <paramref name="body"/> for 0 ≤ i &lt; <paramref name="count"/>, in parallel when it pays.</summary>
    /// <param name="count">The number of rows.</param>
    /// <param name="maxDegreeOfParallelism">The largest number of threads.</param>
    /// <param name="body">The row body; rows must be independent.</param>
    internal static void Run(int count, int maxDegreeOfParallelism, Action<int> body)
    {
        if (maxDegreeOfParallelism > 1 && count >= ParallelThreshold)
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, body);
            return;
        }

        for (var i = 0; i < count; i++)
        {
            body(i);
        }
    }

    /// <summary>The smallest row count at which rows are spread over threads.</summary>
    internal const int ParallelThreshold = 48;
}
