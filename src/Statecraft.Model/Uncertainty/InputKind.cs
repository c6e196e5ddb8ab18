namespace Statecraft.Model.Uncertainty;

/// <summary>Which number of a scenario an uncertain input is.</summary>
public enum InputKind
{
    /// <summary>An actor's position on one issue.</summary>
    Position,

    /// <summary>An actor's salience on one issue.</summary>
    Salience,

    /// <summary>An actor's capability (with its issue-specific capabilities, which move by the same factor).</summary>
    Capability,
}
