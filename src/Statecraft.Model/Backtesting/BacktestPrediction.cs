namespace Statecraft.Model.Backtesting;

/// <summary>One scored forecast: what a model predicted for an issue and what happened.</summary>
/// <remarks>Immutable and thread-safe. Numbers are on the issue's own scale.</remarks>
/// <param name="IssueId">The issue.</param>
/// <param name="Group">The issue's group (the DEU proposal), if any.</param>
/// <param name="Predicted">The forecast.</param>
/// <param name="Actual">The recorded outcome.</param>
public sealed record BacktestPrediction(string IssueId, string? Group, double Predicted, double Actual)
{
    /// <summary>Gets the signed error, predicted − actual.</summary>
    public double Error => Predicted - Actual;
}
