namespace Statecraft.Model.Domain;

/// <summary>One model option whose value is one of an enum's members, written kebab-case (<c>paper-literal</c>), declared once.</summary>
/// <typeparam name="TEnum">The enum whose members are the allowed values.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Name">The option's kebab-case name.</param>
/// <param name="Default">The value when the option is not set.</param>
/// <param name="Description">One line for help texts.</param>
public sealed record ChoiceOption<TEnum>(string Name, TEnum Default, string Description) : ModelOption(Name, Description)
    where TEnum : struct, Enum
{
    /// <inheritdoc />
    public override string DefaultText => ModelSettings.ToKebab(Default.ToString());

    /// <inheritdoc />
    public override string Allowed => string.Join(", ", Enum.GetNames<TEnum>().Select(ModelSettings.ToKebab));

    /// <inheritdoc />
    public override IReadOnlyList<string> JustOutside => ["no-such-" + Name];

    /// <summary>Reads the option from named settings.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The value, or <see cref="Default"/> when unset.</returns>
    /// <exception cref="ModelOptionException">The value names no member of <typeparamref name="TEnum"/>.</exception>
    public TEnum Read(ModelSettings settings) => Read(settings, Default);

    /// <summary>Reads the option from named settings, with a default that depends on other options (a preset's).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="fallback">The value when unset.</param>
    /// <returns>The value, or <paramref name="fallback"/> when unset.</returns>
    /// <exception cref="ModelOptionException">The value names no member of <typeparamref name="TEnum"/>.</exception>
    public TEnum Read(ModelSettings settings, TEnum fallback)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.GetEnum(KeyIn(settings), fallback);
    }

    /// <summary>Checks a value set in code (rather than read from settings) against the declared choices.</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ModelOptionException">The value is no member of <typeparamref name="TEnum"/> (a cast number);
    /// the message names the option, the value and <see cref="Allowed"/>.</exception>
    public void Check(TEnum value)
    {
        if (!Enum.IsDefined(value))
        {
            throw new ModelOptionException(Name, value.ToString(), Allowed);
        }
    }
}
