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

    private ModelOptionException(string option, string value, string allowed, string message)
        : base(message)
    {
        Option = option;
        Value = value;
        Allowed = allowed;
    }

    /// <summary>Creates the error for an option name that is not among a model's options, the same for every model.</summary>
    /// <param name="option">The unknown name.</param>
    /// <param name="value">Its value as given.</param>
    /// <param name="known">The model's option names.</param>
    /// <param name="owner">What the options belong to (e.g. "model 'eu'").</param>
    /// <returns>The exception: "{owner} has no option '{option}'; its options are …", with the nearest name suggested.</returns>
    public static ModelOptionException Unknown(string option, string value, IReadOnlyList<string> known, string owner)
    {
        ArgumentNullException.ThrowIfNull(known);
        var list = known.Count == 0 ? "it has no options" : "its options are " + string.Join(", ", known);
        var nearest = NearestName.Find(option, known);
        var hint = nearest is null ? string.Empty : $" Did you mean '{nearest}'?";
        return new ModelOptionException(option, value, string.Join(", ", known), $"{owner} has no option '{option}'; {list}.{hint}");
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
