namespace Statecraft.Model.TwoFronts.Options;

/// <summary>How the active and jailed shares that feed back on the regime are measured over a round's ticks (§6.3 (d)).</summary>
public enum ShareMeasure
{
    /// <summary>At the round's last tick. The default.</summary>
    EndOfRound,

    /// <summary>Averaged over the round's ticks.</summary>
    RoundMean,
}
