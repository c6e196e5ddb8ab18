namespace Statecraft.Model.Baselines.Options;

/// <summary>Which weights the compromise model uses (§1.3).</summary>
public enum CompromiseWeighting
{
    /// <summary>w = capability × salience (default).</summary>
    CapabilitySalience,

    /// <summary>w = salience (every capability 1).</summary>
    Salience,

    /// <summary>w = capability.</summary>
    Capability,
}
