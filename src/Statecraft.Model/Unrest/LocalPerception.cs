namespace Statecraft.Model.Unrest;

/// <summary>What one agent perceives in its own neighbourhood, for the local-scope legitimacy laws.</summary>
/// <remarks>
/// §5.14, Statecraft forms: consent κ_i = (1 − J/N)·(quiet free agents in view)/(free agents in view), and
/// κ_i = κ when no free agent is in view; arrest visibility σ_j = the share of the tick's arrests made within view
/// (0 when there were none). Immutable and thread-safe.
/// </remarks>
/// <param name="Consent">κ_i. Range: [0, 1].</param>
/// <param name="ArrestVisibility">σ_j. Range: [0, 1].</param>
public readonly record struct LocalPerception(double Consent, double ArrestVisibility);
