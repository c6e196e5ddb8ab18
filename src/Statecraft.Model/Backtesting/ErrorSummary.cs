namespace Statecraft.Model.Backtesting;

/// <summary>The accuracy of a set of forecasts: n, mean absolute error, median absolute error and RMSE (§1.6).</summary>
/// <remarks>
/// <para>Errors are on the issues' own scale (0–100 for DEU). With n = 0 every statistic is <see langword="null"/>.
/// The median of an even count is the mean of the two middle values.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="N">The number of scored issues.</param>
/// <param name="MeanAbsoluteError">Σ |F − O| / n, or <see langword="null"/> when n = 0.</param>
/// <param name="MedianAbsoluteError">The median of |F − O|, or <see langword="null"/> when n = 0.</param>
/// <param name="RootMeanSquaredError">√(Σ (F − O)² / n), or <see langword="null"/> when n = 0.</param>
public sealed record ErrorSummary(int N, double? MeanAbsoluteError, double? MedianAbsoluteError, double? RootMeanSquaredError)
{
    /// <summary>Gets the summary of no forecasts.</summary>
    public static ErrorSummary Empty { get; } = new(0, null, null, null);

    /// <summary>Summarises signed errors F − O, summing in the given order.</summary>
    /// <param name="errors">The signed errors.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">An error is NaN or infinite.</exception>
    public static ErrorSummary FromErrors(IEnumerable<double> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var abs = errors.Select(e => double.IsFinite(e) ? Math.Abs(e) : throw new ArgumentException($"Error {e} is not finite.", nameof(errors))).ToArray();
        if (abs.Length == 0)
        {
            return Empty;
        }

        double sum = 0, squares = 0;
        foreach (var e in abs)
        {
            sum += e;
            squares += e * e;
        }

        Array.Sort(abs);
        var n = abs.Length;
        var median = n % 2 == 1 ? abs[n / 2] : (abs[(n / 2) - 1] + abs[n / 2]) / 2;
        return new ErrorSummary(n, sum / n, median, Math.Sqrt(squares / n));
    }
}
