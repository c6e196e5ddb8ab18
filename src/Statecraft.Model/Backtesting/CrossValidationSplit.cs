using System.Collections.Immutable;

namespace Statecraft.Model.Backtesting;

/// <summary>One training/test split of a cross-validation, as indices into the list of scored issues.</summary>
/// <remarks>Splits with the same <see cref="Row"/> are pooled into one report row (every fold of a k-fold). Immutable and thread-safe.</remarks>
/// <param name="Row">The report row the split belongs to, e.g. <c>proposal</c>, <c>kfold</c>, <c>cod → cns</c>.</param>
/// <param name="Train">The training issues' indices, ascending.</param>
/// <param name="Test">The test issues' indices, ascending.</param>
public sealed record CrossValidationSplit(string Row, ImmutableArray<int> Train, ImmutableArray<int> Test);
