namespace Statecraft.Model.Exchange;

/// <summary>The random draws of the randomised equal-gain variant REX for one exchange (§4.10).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="U">u ~ U(0, 1): partner A is chosen when u &lt; 0.5, else B.</param>
/// <param name="V">v ~ U(0, 1): the chosen partner wins when v &lt; 0.5, else loses.</param>
/// <param name="Z">z ~ U(0, 1): the share of the possible change applied, scaled by p.</param>
/// <param name="ChosenIsA">Whether partner A was chosen.</param>
/// <param name="MaxUtility">EU_max of the chosen partner (Statecraft's definition, §4.10).</param>
/// <param name="TargetGain">G′, the gain the chosen partner was to receive.</param>
/// <param name="Applied">Whether the re-solved exchange was valid and used; otherwise the equal-gain solution stands.</param>
public sealed record RexDraw(double U, double V, double Z, bool ChosenIsA, double MaxUtility, double TargetGain, bool Applied);
