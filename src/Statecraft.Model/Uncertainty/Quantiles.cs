namespace Statecraft.Model.Uncertainty;

/// <summary>Sample quantiles by linear interpolation between order statistics (Hyndman &amp; Fan 1996, definition 7).</summary>
/// <remarks>
/// Hyndman &amp; Fan (1996), "Sample quantiles in statistical packages", Am. Stat. 50(4): 361–365. Definition 7 is the
/// default of R and NumPy: with n sorted values x₍₁₎ … x₍ₙ₎ and h = (n − 1)p, Q(p) = x₍⌊h⌋+1₎ + (h − ⌊h⌋)(x₍⌊h⌋+2₎ − x₍⌊h⌋+1₎).
/// Q is non-decreasing in p. Pure; thread-safe.
/// </remarks>
public static class Quantiles
{
    /// <summary>Returns the p-quantile of sorted values.</summary>
    /// <param name="sorted">The values in ascending order, none NaN.</param>
    /// <param name="p">The probability. Range: [0, 1].</param>
    /// <returns>Q(p), or NaN when <paramref name="sorted"/> is empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is NaN or outside [0, 1].</exception>
    public static double FromSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile's probability must lie in [0, 1].");
        }

        if (sorted.IsEmpty)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        if (lo >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        var q = sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo]));

        // Rounding could put q one ulp above the next order statistic and break monotonicity in p.
        return Math.Min(q, sorted[lo + 1]);
    }
}
