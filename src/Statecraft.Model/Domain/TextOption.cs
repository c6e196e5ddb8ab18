namespace Statecraft.Model.Domain;

/// <summary>
/// One model option whose value is text read by the model itself (actor ids, a law's name, a number or <c>inf</c>),
/// declared once: name, default and allowed values as help shows them, and description. The model's reader refuses a
/// value outside <see cref="ModelOption.Allowed"/> with that same text.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Name">The option's kebab-case name.</param>
/// <param name="Default">The default as help shows it.</param>
/// <param name="AllowedValues">The allowed values as help shows them.</param>
/// <param name="Description">One line for help texts.</param>
public sealed record TextOption(string Name, string Default, string AllowedValues, string Description) : ModelOption(Name, Description)
{
    /// <summary>Gets whether <see cref="Default"/> describes the default in words (e.g. "the run's") instead of giving a value.</summary>
    public bool DescribesDefault { get; init; }

    /// <inheritdoc />
    public override bool DefaultReadsBack => !DescribesDefault;

    /// <inheritdoc />
    public override string DefaultText => Default;

    /// <inheritdoc />
    public override string Allowed => AllowedValues;

    /// <summary>Gets values the model's reader refuses, for the declaration tests; empty when any text is allowed.</summary>
    public IReadOnlyList<string> Refused { get; init; } = [];

    /// <inheritdoc />
    public override IReadOnlyList<string> JustOutside => Refused;

    /// <summary>Reads the option's text.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The text, or <see langword="null"/> when unset.</returns>
    public string? Read(ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Values.TryGetValue(KeyIn(settings), out var text) ? text : null;
    }

    /// <summary>Returns the error for a value the model cannot use, naming the option, the value and <see cref="ModelOption.Allowed"/>.</summary>
    /// <param name="value">The value as given.</param>
    /// <returns>The exception to throw.</returns>
    public ModelOptionException NotAllowed(string value) => new(Name, value, AllowedValues);
}
