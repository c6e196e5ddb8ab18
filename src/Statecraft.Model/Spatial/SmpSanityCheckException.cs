namespace Statecraft.Model.Spatial;

/// <summary>Thrown in KTAB-compatible mode where KTAB itself aborts a run (quirks Q3–Q5 of §3.17).</summary>
/// <remarks>Carries the quirk's label and the turn. <c>mode=corrected</c> runs past these points.</remarks>
public sealed class SmpSanityCheckException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="quirk">The quirk label, <c>Q3</c>, <c>Q4</c> or <c>Q5</c>.</param>
    /// <param name="turn">The state at which the check failed.</param>
    /// <param name="reason">What KTAB checks and why it fails.</param>
    public SmpSanityCheckException(string quirk, int turn, string reason)
        : base($"KTAB aborts at turn {turn} ({quirk}): {reason}. Use mode=corrected to run past this check.")
    {
        Quirk = quirk;
        Turn = turn;
        Reason = reason;
    }

    /// <summary>Creates the exception with no detail (for serializers).</summary>
    public SmpSanityCheckException()
        : this("?", 0, "unknown")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public SmpSanityCheckException(string message)
        : base(message) => (Quirk, Reason) = (string.Empty, message);

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="inner">The cause.</param>
    public SmpSanityCheckException(string message, Exception inner)
        : base(message, inner) => (Quirk, Reason) = (string.Empty, message);

    /// <summary>Gets the quirk label (<c>Q3</c>, <c>Q4</c> or <c>Q5</c>).</summary>
    public string Quirk { get; }

    /// <summary>Gets what KTAB checks and why it fails, without the turn or the advice.</summary>
    public string Reason { get; }

    /// <summary>Gets the state index at which the check failed.</summary>
    public int Turn { get; }
}
