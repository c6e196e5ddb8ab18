using System.Globalization;

namespace Statecraft.Model.Unrest;

/// <summary>An unrest option (or a combination of options) outside its allowed range, named as the user writes it.</summary>
/// <remarks>Thrown by the options' <c>Validate</c> methods; the option readers turn it into a <see cref="Domain.ModelOptionException"/>.</remarks>
internal sealed class OptionRangeException : ArgumentOutOfRangeException
{
    private OptionRangeException(string option, double value, string allowed)
        : base(option, value, string.Create(CultureInfo.InvariantCulture, $"{option} = {value} is outside the allowed range: {allowed}."))
    {
        Option = option;
        Value = value;
        Allowed = allowed;
    }

    /// <summary>Gets the option's name (kebab-case), or an expression of names such as <c>agent-density + cop-density</c>.</summary>
    public string Option { get; }

    /// <summary>Gets the value that was refused.</summary>
    public double Value { get; }

    /// <summary>Gets what is allowed, e.g. <c>a number in [0, 1]</c>.</summary>
    public string Allowed { get; }

    /// <summary>Throws when <paramref name="value"/> is not in [<paramref name="min"/>, <paramref name="max"/>] (NaN never is).</summary>
    /// <param name="value">The value.</param>
    /// <param name="min">The lowest allowed value.</param>
    /// <param name="max">The highest allowed value.</param>
    /// <param name="option">The option's name as the user writes it.</param>
    /// <param name="note">Text appended to the range, e.g. <c> (at least 2·⌊vision⌋ + 1)</c>.</param>
    public static void ThrowIfOutside(double value, double min, double max, string option, string note = "")
    {
        if (!(value >= min && value <= max))
        {
            throw new OptionRangeException(option, value, string.Create(CultureInfo.InvariantCulture, $"a number in [{min}, {max}]{note}"));
        }
    }

    /// <summary>Throws when <paramref name="value"/> lies outside the range <paramref name="option"/> declares.</summary>
    /// <param name="value">The value.</param>
    /// <param name="option">The option's declaration.</param>
    public static void ThrowIfOutside(double value, Domain.NumberOption option)
    {
        if (!(value >= option.Min && value <= option.Max))
        {
            throw new OptionRangeException(option.Name, value, "a number in " + option.Allowed);
        }
    }

    /// <summary>Throws when <paramref name="value"/> lies outside the range <paramref name="option"/> declares.</summary>
    /// <param name="value">The value.</param>
    /// <param name="option">The option's declaration.</param>
    public static void ThrowIfOutside(int value, Domain.IntegerOption option)
    {
        if (value < option.Min || value > option.Max)
        {
            throw new OptionRangeException(option.Name, value, Domain.IntegerOption.Describe(option.Min, option.Max));
        }
    }

    /// <summary>Throws when the integer <paramref name="value"/> lies outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="value">The value.</param>
    /// <param name="min">The smallest allowed value.</param>
    /// <param name="max">The largest allowed value; <see cref="int.MaxValue"/> for no upper bound.</param>
    /// <param name="option">The option's name as the user writes it.</param>
    public static void ThrowIfOutside(int value, int min, int max, string option)
    {
        if (value < min || value > max)
        {
            throw new OptionRangeException(option, value, Domain.IntegerOption.Describe(min, max));
        }
    }

    /// <summary>Converts to the exception the option readers report.</summary>
    /// <returns>The equivalent <see cref="Domain.ModelOptionException"/>.</returns>
    public Domain.ModelOptionException ToOptionError() =>
        new(Option, Value.ToString(CultureInfo.InvariantCulture), Allowed);
}
