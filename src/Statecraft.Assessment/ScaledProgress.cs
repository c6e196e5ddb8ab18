namespace Statecraft.Assessment;

/// <summary>Maps one stage's progress in [0, 1] onto its slice [from, to] of the whole assessment.</summary>
internal sealed class ScaledProgress(IProgress<double> inner, double from, double to) : IProgress<double>
{
    public void Report(double value) => inner.Report(from + ((to - from) * Math.Clamp(value, 0, 1)));
}
