namespace Statecraft.Model.Tests.Unrest;

/// <summary>Confidence bands from the spread of a statistic across independent seeds.</summary>
/// <remarks>
/// Each seed gives one independent draw X_s of a statistic. With n seeds, mean m and sample standard deviation s, the
/// one-sided 99.9 % Student-t bounds are m ∓ t_{0.999, n−1}·s/√n. A test asserts that the published criterion holds
/// for the bound, not just the mean, so a pass means the criterion holds beyond the seed-to-seed noise. The t
/// quantiles are the standard table values.
/// </remarks>
internal static class SeedBands
{
    private static readonly Dictionary<int, double> T999 = new()
    {
        [2] = 22.327,
        [3] = 10.215,
        [4] = 7.173,
        [5] = 5.893,
        [6] = 5.208,
        [7] = 4.785,
        [8] = 4.501,
        [9] = 4.297,
        [11] = 4.025,
        [15] = 3.733,
        [19] = 3.579,
    };

    public static (double Mean, double Lower, double Upper) Bounds(IReadOnlyList<double> values)
    {
        var n = values.Count;
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        var half = T999[n - 1] * sd / Math.Sqrt(n);
        return (mean, mean - half, mean + half);
    }
}
