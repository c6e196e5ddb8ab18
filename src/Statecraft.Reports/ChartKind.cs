namespace Statecraft.Reports;

/// <summary>The image formats a chart can be saved in.</summary>
public enum ChartKind
{
    /// <summary>Scalable vector graphics.</summary>
    Svg,

    /// <summary>Portable network graphics.</summary>
    Png,
}
