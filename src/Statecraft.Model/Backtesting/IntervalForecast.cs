using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Backtesting;

/// <summary>An issue's forecast distribution and its 80% interval, both on the issue's own scale.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Distribution">The forecast distribution of the outcome.</param>
/// <param name="Low">The interval's lower end.</param>
/// <param name="High">The interval's upper end.</param>
public sealed record IntervalForecast(DiscreteDistribution Distribution, double Low, double High)
{
    /// <summary>Returns whether <paramref name="outcome"/> lies in the interval (ends included).</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns><see langword="true"/> when Low ≤ outcome ≤ High.</returns>
    public bool Covers(double outcome) => outcome >= Low && outcome <= High;
}
