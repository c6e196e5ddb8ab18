using System.Collections.Immutable;

namespace Statecraft.Model.Backtesting;

/// <summary>The result of a backtest: each model's and baseline's accuracy against the recorded outcomes.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Results">The models in the order given, then the baselines.</param>
/// <param name="Issues">The number of issues in the scenario.</param>
/// <param name="IssuesWithOutcome">The number of issues with a recorded outcome.</param>
/// <param name="Groups">The number of groups (proposals) the models ran on.</param>
public sealed record BacktestReport(ImmutableArray<ModelBacktest> Results, int Issues, int IssuesWithOutcome, int Groups)
{
    /// <summary>Looks up a model's or baseline's result by name.</summary>
    /// <param name="name">The name (ordinal, case-insensitive).</param>
    /// <returns>The result, or <see langword="null"/>.</returns>
    public ModelBacktest? For(string name) =>
        Results.FirstOrDefault(r => string.Equals(r.Model, name, StringComparison.OrdinalIgnoreCase));
}
