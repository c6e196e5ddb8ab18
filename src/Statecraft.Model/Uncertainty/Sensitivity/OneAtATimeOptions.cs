namespace Statecraft.Model.Uncertainty.Sensitivity;

/// <summary>The steps of a one-at-a-time sensitivity analysis: how far each input is moved down and up.</summary>
/// <remarks>
/// <para>[Statecraft] defaults: a position moves by ±10 % of its issue's scale width (clamped to the scale), a salience
/// by ±0.1 (clamped to [0, 1]), a capability is divided and multiplied by 1.5 (with the actor's issue-specific
/// capabilities, by the same factor).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record OneAtATimeOptions
{
    /// <summary>Gets the default steps.</summary>
    public static OneAtATimeOptions Default { get; } = new();

    /// <summary>Gets the position step as a share of the scale width.</summary>
    /// <remarks>Range: (0, 1]. Default 0.1.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public double PositionStep
    {
        get;
        init => field = value > 0 && value <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(PositionStep), value, "PositionStep must lie in (0, 1].");
    } = 0.1;

    /// <summary>Gets the salience step, in salience units.</summary>
    /// <remarks>Range: (0, 1]. Default 0.1.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public double SalienceStep
    {
        get;
        init => field = value > 0 && value <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(SalienceStep), value, "SalienceStep must lie in (0, 1].");
    } = 0.1;

    /// <summary>Gets the capability factor f: the low case is c/f, the high case c·f.</summary>
    /// <remarks>Range: (1, 100]. Default 1.5.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public double CapabilityFactor
    {
        get;
        init => field = value > 1 && value <= 100 ? value : throw new ArgumentOutOfRangeException(nameof(CapabilityFactor), value, "CapabilityFactor must lie in (1, 100].");
    } = 1.5;
}
