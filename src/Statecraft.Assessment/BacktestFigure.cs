namespace Statecraft.Assessment;

/// <summary>One model's or naive baseline's accuracy on real decisions: how many were scored and the mean absolute error.</summary>
/// <remarks>Immutable and thread-safe. Errors are on the 0–100 scale of the data set (§1.6).</remarks>
/// <param name="Model">The model or baseline name.</param>
/// <param name="Baseline">Whether it is a naive baseline rather than a model.</param>
/// <param name="N">The number of issues scored.</param>
/// <param name="Mae">The mean absolute error.</param>
/// <param name="MedianAE">The median absolute error.</param>
/// <param name="Rmse">The root mean squared error.</param>
public sealed record BacktestFigure(string Model, bool Baseline, int N, double Mae, double MedianAE, double Rmse);
