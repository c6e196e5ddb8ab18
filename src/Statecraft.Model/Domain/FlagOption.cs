namespace Statecraft.Model.Domain;

/// <summary>One yes/no model option, declared once (<c>true/false</c>, <c>yes/no</c>, <c>on/off</c>, <c>1/0</c>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Name">The option's kebab-case name.</param>
/// <param name="Default">The value when the option is not set.</param>
/// <param name="Description">One line for help texts.</param>
public sealed record FlagOption(string Name, bool Default, string Description) : ModelOption(Name, Description)
{
    /// <inheritdoc />
    public override string DefaultText => Default ? "true" : "false";

    /// <inheritdoc />
    public override string Allowed => ModelSettings.BoolAllowed;

    /// <inheritdoc />
    public override IReadOnlyList<string> JustOutside => ["maybe"];

    /// <summary>Reads the option from named settings.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The value, or <see cref="Default"/> when unset.</returns>
    /// <exception cref="ModelOptionException">The value is not a recognised yes/no.</exception>
    public bool Read(ModelSettings settings) => Read(settings, Default);

    /// <summary>Reads the option from named settings, with a default that depends on other options (a preset's).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="fallback">The value when unset.</param>
    /// <returns>The value, or <paramref name="fallback"/> when unset.</returns>
    /// <exception cref="ModelOptionException">The value is not a recognised yes/no.</exception>
    public bool Read(ModelSettings settings, bool fallback)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.GetBool(KeyIn(settings), fallback);
    }
}
