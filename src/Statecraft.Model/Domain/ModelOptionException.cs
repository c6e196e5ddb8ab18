namespace Statecraft.Model.Domain;

/// <summary>Thrown when a model option has a value the model cannot use.</summary>
/// <remarks>Carries the option name, the offending value and a description of what is allowed.</remarks>
public sealed class ModelOptionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="option">The option name.</param>
    /// <param name="value">The offending value as given.</param>
    /// <param name="allowed">What is allowed, e.g. "[0, 1]" or "scholz-code, paper-literal".</param>
    public ModelOptionException(string option, string value, string allowed)
        : base($"option '{option}' = '{value}' is not allowed; expected {allowed}.")
    {
        Option = option;
        Value = value;
        Allowed = allowed;
    }

    /// <summary>Creates the exception with no detail (for serializers).</summary>
    public ModelOptionException()
        : this("?", "?", "?")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ModelOptionException(string message)
        : base(message)
    {
        Option = Value = Allowed = string.Empty;
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="inner">The cause.</param>
    public ModelOptionException(string message, Exception inner)
        : base(message, inner)
    {
        Option = Value = Allowed = string.Empty;
    }

    /// <summary>Gets the option name.</summary>
    public string Option { get; }

    /// <summary>Gets the offending value.</summary>
    public string Value { get; }

    /// <summary>Gets what is allowed.</summary>
    public string Allowed { get; }
}
