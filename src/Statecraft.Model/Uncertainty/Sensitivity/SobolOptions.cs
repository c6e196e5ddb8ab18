namespace Statecraft.Model.Uncertainty.Sensitivity;

/// <summary>Tunables of a variance-based (Sobol) sensitivity analysis.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SobolOptions
{
    /// <summary>Gets the default options: N = 512 base samples, the scenario's own uncertainty spec.</summary>
    public static SobolOptions Default { get; } = new();

    /// <summary>Gets the number of base samples N; the analysis costs N·(k + 2) model runs for k uncertain inputs.</summary>
    /// <remarks>Range: [2, 1 000 000]. Default 512. The standard errors shrink as 1/√N.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int Samples
    {
        get;
        init => field = value is >= 2 and <= 1_000_000 ? value : throw new ArgumentOutOfRangeException(nameof(Samples), value, "Samples must lie in [2, 1000000].");
    } = 512;

    /// <summary>Gets the input distribution; <see langword="null"/> uses the scenario's <c>Uncertainty</c>, or <see cref="UncertaintySpec.Default"/>.</summary>
    public UncertaintySpec? Uncertainty { get; init; }
}
