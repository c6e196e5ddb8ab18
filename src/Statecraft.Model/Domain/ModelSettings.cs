using System.Collections.Immutable;
using System.Globalization;

namespace Statecraft.Model.Domain;

/// <summary>A model's named options as text (from a scenario file or the command line), with typed, validating readers.</summary>
/// <remarks>
/// <para>Names are compared case-insensitively; values are parsed with the invariant culture. A reader that meets a
/// value it cannot use throws <see cref="ModelOptionException"/> naming the option, the value and what is allowed.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ModelSettings
{
    /// <summary>Gets the empty settings.</summary>
    public static ModelSettings Empty { get; } = new(ImmutableDictionary<string, string>.Empty);

    private ModelSettings(ImmutableDictionary<string, string> values) =>
        Values = values.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the raw values by option name.</summary>
    public ImmutableDictionary<string, string> Values { get; }

    /// <summary>Creates settings from name/value pairs.</summary>
    /// <param name="values">The pairs; a later pair with the same name wins.</param>
    /// <returns>The settings.</returns>
    public static ModelSettings From(IEnumerable<KeyValuePair<string, string>> values)
    {
        var b = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var kv in values)
        {
            b[kv.Key.Trim()] = kv.Value.Trim();
        }

        return new ModelSettings(b.ToImmutable());
    }

    /// <summary>Returns these settings overridden by <paramref name="overrides"/>.</summary>
    /// <param name="overrides">Settings that win over these.</param>
    /// <returns>The merged settings.</returns>
    public ModelSettings With(ModelSettings overrides) => From(Values.Concat(overrides.Values));

    /// <summary>Returns these settings with one value set.</summary>
    /// <param name="name">The option name.</param>
    /// <param name="value">The value as text.</param>
    /// <returns>The new settings.</returns>
    public ModelSettings With(string name, string value) => new(Values.SetItem(name, value));

    /// <summary>Returns whether the option is set.</summary>
    /// <param name="name">The option name.</param>
    /// <returns><see langword="true"/> when set.</returns>
    public bool Has(string name) => Values.ContainsKey(name);

    /// <summary>Gets the allowed values of a yes/no option as help texts and messages name them.</summary>
    public const string BoolAllowed = "true or false";

    /// <summary>Refuses any option that is not among <paramref name="known"/>, taking the names in ordinal order: the one check of unknown names every model uses.</summary>
    /// <param name="known">The declared options.</param>
    /// <param name="owner">What the options belong to, for the message (e.g. "model 'eu'").</param>
    /// <exception cref="ModelOptionException">An option is unknown; the message lists the known names and suggests the nearest.</exception>
    public void RequireKnown(IReadOnlyList<ModelOption> known, string owner)
    {
        ArgumentNullException.ThrowIfNull(known);
        foreach (var name in Values.Keys.Order(StringComparer.Ordinal))
        {
            if (!known.Any(o => o.Answers(name)))
            {
                throw ModelOptionException.Unknown(name, Values[name], [.. known.Select(o => o.Name)], owner);
            }
        }
    }

    /// <summary>Reads a text option.</summary>
    /// <param name="name">The option name.</param>
    /// <param name="defaultValue">The value when unset.</param>
    /// <returns>The value.</returns>
    public string GetString(string name, string defaultValue) => Values.TryGetValue(name, out var v) ? v : defaultValue;

    /// <summary>Reads a number option and checks it lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="name">The option name.</param>
    /// <param name="defaultValue">The value when unset.</param>
    /// <param name="min">The smallest allowed value.</param>
    /// <param name="max">The largest allowed value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ModelOptionException">The value is not a number or lies outside the range.</exception>
    public double GetDouble(string name, double defaultValue, double min = double.MinValue, double max = double.MaxValue)
    {
        if (!Values.TryGetValue(name, out var text))
        {
            return defaultValue;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            throw new ModelOptionException(name, text, $"a finite number in {Interval(min, max)}");
        }

        if (v < min || v > max)
        {
            throw new ModelOptionException(name, text, Interval(min, max));
        }

        return v;
    }

    /// <summary>Reads an integer option and checks it lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="name">The option name.</param>
    /// <param name="defaultValue">The value when unset.</param>
    /// <param name="min">The smallest allowed value.</param>
    /// <param name="max">The largest allowed value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ModelOptionException">The value is not an integer or lies outside the range.</exception>
    public int GetInt(string name, int defaultValue, int min = int.MinValue, int max = int.MaxValue)
    {
        if (!Values.TryGetValue(name, out var text))
        {
            return defaultValue;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
        {
            throw new ModelOptionException(name, text, IntegerOption.Describe(min, max));
        }

        return v;
    }

    /// <summary>Reads a yes/no option (<c>true/false</c>, <c>yes/no</c>, <c>on/off</c>, <c>1/0</c>).</summary>
    /// <param name="name">The option name.</param>
    /// <param name="defaultValue">The value when unset.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ModelOptionException">The value is not a recognised boolean.</exception>
    public bool GetBool(string name, bool defaultValue)
    {
        if (!Values.TryGetValue(name, out var text))
        {
            return defaultValue;
        }

        return text.ToLowerInvariant() switch
        {
            "true" or "yes" or "on" or "1" => true,
            "false" or "no" or "off" or "0" => false,
            _ => throw new ModelOptionException(name, text, BoolAllowed),
        };
    }

    /// <summary>Reads an enum option by name, ignoring case, hyphens and underscores (<c>paper-literal</c> = <c>PaperLiteral</c>).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="name">The option name.</param>
    /// <param name="defaultValue">The value when unset.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ModelOptionException">The value names no member of <typeparamref name="TEnum"/>.</exception>
    public TEnum GetEnum<TEnum>(string name, TEnum defaultValue)
        where TEnum : struct, Enum
    {
        if (!Values.TryGetValue(name, out var text))
        {
            return defaultValue;
        }

        var wanted = Normalise(text);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (Normalise(value.ToString()) == wanted)
            {
                return value;
            }
        }

        throw new ModelOptionException(name, text, string.Join(", ", Enum.GetNames<TEnum>().Select(ToKebab)));
    }

    /// <summary>Compares two settings by content.</summary>
    /// <param name="other">The other settings.</param>
    /// <returns><see langword="true"/> when both hold the same pairs.</returns>
    public bool ContentEquals(ModelSettings other) =>
        Values.Count == other.Values.Count && Values.All(kv => other.Values.TryGetValue(kv.Key, out var v) && v == kv.Value);

    /// <summary>Converts a PascalCase name to kebab-case (<c>PaperLiteral</c> → <c>paper-literal</c>).</summary>
    /// <param name="pascal">The name.</param>
    /// <returns>The kebab-case name.</returns>
    public static string ToKebab(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var ch = pascal[i];
            if (char.IsUpper(ch) && i > 0 && !char.IsUpper(pascal[i - 1]))
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(ch));
        }

        return sb.ToString();
    }

    private static string Normalise(string s) => s.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>Writes the interval [<paramref name="min"/>, <paramref name="max"/>] as help texts and messages show it: (0, max] when the least value is the smallest positive number.</summary>
    /// <param name="min">The smallest allowed value.</param>
    /// <param name="max">The largest allowed value.</param>
    /// <returns>The interval as text.</returns>
    public static string Interval(double min, double max) =>
        min == double.Epsilon ? $"(0, {Fmt(max)}]" : $"[{Fmt(min)}, {Fmt(max)}]";

    private static string Fmt(double v) => v switch
    {
        double.MinValue => "-∞",
        double.MaxValue => "∞",
        _ => v.ToString("R", CultureInfo.InvariantCulture),
    };
}
