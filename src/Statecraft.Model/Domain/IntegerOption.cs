using System.Globalization;

namespace Statecraft.Model.Domain;

/// <summary>One integer model option, declared once: name, default, allowed range and description.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Name">The option's kebab-case name.</param>
/// <param name="Default">The value when the option is not set; inside [<paramref name="Min"/>, <paramref name="Max"/>].</param>
/// <param name="Min">The smallest allowed value.</param>
/// <param name="Max">The largest allowed value.</param>
/// <param name="Description">One line for help texts.</param>
public sealed record IntegerOption(string Name, int Default, int Min, int Max, string Description) : ModelOption(Name, Description)
{
    /// <summary>Gets the default as help shows it when it is not a fixed number (e.g. "none"); <see langword="null"/> shows <see cref="Default"/>.</summary>
    public string? DefaultShown { get; init; }

    /// <inheritdoc />
    public override bool DefaultReadsBack => DefaultShown is null;

    /// <inheritdoc />
    public override string DefaultText => DefaultShown ?? Default.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    /// <remarks>An option with no upper bound of its own (<see cref="Max"/> = <see cref="int.MaxValue"/>) shows "N or more", not the
    /// largest <see cref="int"/>.</remarks>
    public override string Allowed => Max == int.MaxValue
        ? string.Create(CultureInfo.InvariantCulture, $"{Min} or more")
        : string.Create(CultureInfo.InvariantCulture, $"[{Min}, {Max}]");

    /// <summary>Says which integers are allowed, as messages put it: "an integer in [1, 100]", or "an integer of 51 or
    /// more" when <paramref name="max"/> is <see cref="int.MaxValue"/> (no upper bound of the option's own).</summary>
    /// <param name="min">The smallest allowed value.</param>
    /// <param name="max">The largest allowed value.</param>
    /// <returns>The phrase.</returns>
    public static string Describe(int min, int max) => max == int.MaxValue
        ? string.Create(CultureInfo.InvariantCulture, $"an integer of {min} or more")
        : string.Create(CultureInfo.InvariantCulture, $"an integer in [{min}, {max}]");

    /// <inheritdoc />
    public override IReadOnlyList<string> JustOutside =>
    [
        .. Min > int.MinValue ? [(Min - 1L).ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>(),
        .. Max < int.MaxValue ? [(Max + 1L).ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>(),
    ];

    /// <summary>Reads the option from named settings.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The value, or <see cref="Default"/> when unset.</returns>
    /// <exception cref="ModelOptionException">The value is not an integer in [<see cref="Min"/>, <see cref="Max"/>].</exception>
    public int Read(ModelSettings settings) => Read(settings, Default);

    /// <summary>Reads the option from named settings, with a default that depends on other options (a preset's).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="fallback">The value when unset.</param>
    /// <returns>The value, or <paramref name="fallback"/> when unset.</returns>
    /// <exception cref="ModelOptionException">The value is not an integer in [<see cref="Min"/>, <see cref="Max"/>].</exception>
    public int Read(ModelSettings settings, int fallback)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.GetInt(KeyIn(settings), fallback, Min, Max);
    }

    /// <summary>Checks a value set in code (rather than read from settings) against the declared range.</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ModelOptionException">The value is outside [<see cref="Min"/>, <see cref="Max"/>]; the message
    /// names the option, the value and the range as the reader does (<see cref="Describe"/>).</exception>
    public void Check(int value)
    {
        if (value < Min || value > Max)
        {
            throw new ModelOptionException(Name, value.ToString(CultureInfo.InvariantCulture), Describe(Min, Max));
        }
    }
}
