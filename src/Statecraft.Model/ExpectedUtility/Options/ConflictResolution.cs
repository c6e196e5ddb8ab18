namespace Statecraft.Model.ExpectedUtility.Options;

/// <summary>What an accepted confrontation offer (the mover expects to lose a conflict) does (§2.4, ambiguity 6).</summary>
public enum ConflictResolution
{
    /// <summary>The mover moves to the partner's position (Scholz's code and paper).</summary>
    DeterministicMove,

    /// <summary>The conflict's outcome is uncertain and nobody moves [Statecraft option from later public variants; no oracle].</summary>
    NoMove,

    /// <summary>The mover moves to the partner's position with probability 1 − P_ij and stays otherwise, drawn from the run's random stream [Statecraft option; no oracle].</summary>
    Stochastic,
}
