using System.Globalization;

namespace Statecraft.Model.Domain;

/// <summary>One numeric model option, declared once: name, default, allowed range and description.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Name">The option's kebab-case name.</param>
/// <param name="Default">The value when the option is not set; inside [<paramref name="Min"/>, <paramref name="Max"/>].</param>
/// <param name="Min">The smallest allowed value.</param>
/// <param name="Max">The largest allowed value.</param>
/// <param name="Description">One line for help texts.</param>
public sealed record NumberOption(string Name, double Default, double Min, double Max, string Description) : ModelOption(Name, Description)
{
    /// <summary>Gets the default as help shows it when it is not a fixed number (e.g. "L₀" for a value that follows another option); <see langword="null"/> shows <see cref="Default"/>.</summary>
    public string? DefaultShown { get; init; }

    /// <inheritdoc />
    public override bool DefaultReadsBack => DefaultShown is null;

    /// <inheritdoc />
    public override string DefaultText => DefaultShown ?? Format(Default);

    /// <inheritdoc />
    public override string Allowed => ModelSettings.Interval(Min, Max);

    /// <inheritdoc />
    public override IReadOnlyList<string> JustOutside =>
    [
        .. Min > double.MinValue ? [Format(Math.BitDecrement(Min))] : Array.Empty<string>(),
        .. Max < double.MaxValue ? [Format(Math.BitIncrement(Max))] : Array.Empty<string>(),
    ];

    /// <summary>Reads the option from named settings.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The value, or <see cref="Default"/> when unset.</returns>
    /// <exception cref="ModelOptionException">The value is not a finite number in [<see cref="Min"/>, <see cref="Max"/>].</exception>
    public double Read(ModelSettings settings) => Read(settings, Default);

    /// <summary>Reads the option from named settings, with a default that depends on other options (a preset's).</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="fallback">The value when unset.</param>
    /// <returns>The value, or <paramref name="fallback"/> when unset.</returns>
    /// <exception cref="ModelOptionException">The value is not a finite number in [<see cref="Min"/>, <see cref="Max"/>].</exception>
    public double Read(ModelSettings settings, double fallback)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.GetDouble(KeyIn(settings), fallback, Min, Max);
    }

    /// <summary>Reads the option when it is set.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The value, or <see langword="null"/> when unset.</returns>
    /// <exception cref="ModelOptionException">The value is not a finite number in [<see cref="Min"/>, <see cref="Max"/>].</exception>
    public double? ReadOptional(ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var key = KeyIn(settings);
        return settings.Has(key) ? settings.GetDouble(key, Default, Min, Max) : null;
    }

    /// <summary>Checks a value set in code (rather than read from settings) against the declared range.</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ModelOptionException">The value is NaN or outside [<see cref="Min"/>, <see cref="Max"/>]; the
    /// message names the option, the value and <see cref="Allowed"/>.</exception>
    public void Check(double value)
    {
        if (!(value >= Min && value <= Max))
        {
            throw new ModelOptionException(Name, Format(value), Allowed);
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
