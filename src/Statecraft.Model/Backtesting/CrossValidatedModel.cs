using System.Collections.Immutable;

namespace Statecraft.Model.Backtesting;

/// <summary>One model's rows of a cross-validated backtest.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Model">The model's name.</param>
/// <param name="Rows">One row per split direction, in the scheme's order.</param>
/// <param name="Failures">The groups on which the model gave no forecast, as <c>group: reason</c>.</param>
public sealed record CrossValidatedModel(string Model, ImmutableArray<CrossValidationRow> Rows, ImmutableArray<string> Failures);
