namespace Statecraft.Model.Exchange;

/// <summary>The REX draws of one candidate computation, kept as a value so that pricing allocates nothing (§4.10).</summary>
/// <remarks>Becomes a <see cref="RexDraw"/> only when the candidate is realised. Immutable.</remarks>
/// <param name="U">u ~ U(0, 1).</param>
/// <param name="V">v ~ U(0, 1).</param>
/// <param name="Z">z ~ U(0, 1).</param>
/// <param name="ChosenIsA">Whether partner A was chosen.</param>
/// <param name="MaxUtility">EU_max of the chosen partner.</param>
/// <param name="TargetGain">G′, the gain the chosen partner was to receive.</param>
/// <param name="Applied">Whether the re-solved exchange was used.</param>
internal readonly record struct RexSample(double U, double V, double Z, bool ChosenIsA, double MaxUtility, double TargetGain, bool Applied)
{
    /// <summary>Returns the public record of these draws.</summary>
    /// <returns>The draws.</returns>
    public RexDraw ToDraw() => new(U, V, Z, ChosenIsA, MaxUtility, TargetGain, Applied);
}
