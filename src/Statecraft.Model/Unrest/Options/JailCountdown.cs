namespace Statecraft.Model.Unrest.Options;

/// <summary>When jail terms count down.</summary>
/// <remarks>§5.6.</remarks>
public enum JailCountdown
{
    /// <summary>At the end of every tick, in ascending agent index, after all activations. The default.</summary>
    EndOfTick,

    /// <summary>At the jailed agent's own activation, which it spends doing nothing else (Mesa).</summary>
    OwnActivation,
}
