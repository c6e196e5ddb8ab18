namespace Statecraft.Scenarios.Formats.Deu;

/// <summary>One member state's row of a Council weight table.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Code">The DEU actor code, e.g. <c>de</c>.</param>
/// <param name="Name">The member state's name, e.g. <c>germany</c>.</param>
/// <param name="VoteWeight">The Council vote weight, if the table gives it. Range: (0, ∞).</param>
/// <param name="ShapleyShubik">The Shapley–Shubik index, if the table gives it. Range: (0, 1].</param>
public sealed record CouncilWeight(string Code, string Name, double? VoteWeight, double? ShapleyShubik);
