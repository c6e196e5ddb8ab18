namespace Statecraft.Model.Uncertainty;

/// <summary>Tunables of a Monte Carlo forecast: the number of replicates, the noise and the histogram resolution.</summary>
/// <remarks>
/// The seed, thread count, progress sink and cancellation come from the <see cref="Forecasting.ModelRunContext"/>.
/// Immutable and thread-safe.
/// </remarks>
public sealed record MonteCarloOptions
{
    /// <summary>The largest number of replicates accepted.</summary>
    public const int MaxRuns = 10_000_000;

    /// <summary>Gets the default options: 1,000 replicates, the scenario's own spec, 20 bins.</summary>
    public static MonteCarloOptions Default { get; } = new();

    /// <summary>Gets the number of replicates N.</summary>
    /// <remarks>Range: [1, <see cref="MaxRuns"/>]. Default 1,000.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int Runs
    {
        get;
        init => field = value is >= 1 and <= MaxRuns ? value : throw new ArgumentOutOfRangeException(nameof(Runs), value, $"Runs must lie in [1, {MaxRuns}].");
    } = 1000;

    /// <summary>Gets the noise; <see langword="null"/> uses the scenario's <c>Uncertainty</c>, or <see cref="UncertaintySpec.Default"/> when it has none.</summary>
    public UncertaintySpec? Uncertainty { get; init; }

    /// <summary>Gets the number of histogram bins over each issue's scale.</summary>
    /// <remarks>Range: [1, 10 000]. Default 20.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int HistogramBins
    {
        get;
        init => field = value is >= 1 and <= 10_000 ? value : throw new ArgumentOutOfRangeException(nameof(HistogramBins), value, "HistogramBins must lie in [1, 10000].");
    } = 20;
}
