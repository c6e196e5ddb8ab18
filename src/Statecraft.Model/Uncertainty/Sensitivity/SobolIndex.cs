namespace Statecraft.Model.Uncertainty.Sensitivity;

/// <summary>The first-order and total Sobol indices of one input on one issue's forecast, with their standard errors.</summary>
/// <remarks>
/// <para>S_i = V(E[Y | X_i]) / V(Y) is the share of the forecast's variance explained by the input alone; S_Ti also counts
/// its interactions. For an additive model S_i = S_Ti and the S_i sum to 1. Estimates can stray slightly below 0 or
/// above 1 by sampling error. <see langword="null"/> when the forecast has no variance or no defined sample.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Input">The input.</param>
/// <param name="First">The first-order index S_i.</param>
/// <param name="FirstError">The standard error of <paramref name="First"/> (CLT over the N per-sample terms).</param>
/// <param name="Total">The total index S_Ti.</param>
/// <param name="TotalError">The standard error of <paramref name="Total"/>.</param>
public readonly record struct SobolIndex(ScenarioInput Input, double? First, double? FirstError, double? Total, double? TotalError);
