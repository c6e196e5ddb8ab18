namespace Statecraft.Scenarios.Formats.Deu;

/// <summary>How the DEU reader turns Council weight tables into capabilities (§1.6, <c>DeuCapability</c>).</summary>
/// <remarks>
/// DEU records no capabilities; Council vote weights and Shapley–Shubik indices are the usual stand-ins. The option
/// names on the command line are <c>equal</c>, <c>votes</c>, <c>shapley</c> and <c>council-shapley</c>.
/// </remarks>
public enum DeuCapability
{
    /// <summary>Every actor has capability 1 (<c>equal</c>).</summary>
    Equal,

    /// <summary>Council vote weight divided by the table's largest; the Commission and the Parliament get 1 (<c>votes</c>, default).</summary>
    VoteWeights,

    /// <summary>Shapley–Shubik index divided by the table's largest; the Commission and the Parliament get 1 (<c>shapley</c>).</summary>
    ShapleyShubik,

    /// <summary>Shapley–Shubik index for the member states; the Commission and the Parliament are left out (<c>council-shapley</c>).</summary>
    CouncilShapleyShubik,
}
