namespace Statecraft.Model.ExpectedUtility.Options;

/// <summary>Which of several compromise offers an actor accepts (§2.3 step 9, ambiguity 4).</summary>
/// <remarks>Ties go to the first partner in input order under every rule.</remarks>
public enum CompromiseSelection
{
    /// <summary>Minimise the position (|a|·x_i + |b|·x_j)/(|a| + |b|), which favours low positions (Scholz's code).</summary>
    MinWeightedPosition,

    /// <summary>Minimise the distance moved, |proposed − x_i| (Scholz et al. 2011 §6.2).</summary>
    LeastMove,

    /// <summary>Maximise the partner's expected utility b, the "most enforceable" offer (a reading of the paper's prose).</summary>
    HighestSenderEU,
}
