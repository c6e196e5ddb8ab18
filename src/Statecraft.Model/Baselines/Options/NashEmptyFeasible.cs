namespace Statecraft.Model.Baselines.Options;

/// <summary>What the Nash bargaining solution returns when no outcome improves on the reference point for every actor (§1.5).</summary>
public enum NashEmptyFeasible
{
    /// <summary>The status quo stands (default): the literal Nash reading.</summary>
    ReferencePoint,

    /// <summary>Drop the actors whose ideal equals the reference point and recompute; if still empty, the reference point.</summary>
    ExcludeHolders,

    /// <summary>Return the compromise model's forecast (§1.3).</summary>
    Compromise,
}
