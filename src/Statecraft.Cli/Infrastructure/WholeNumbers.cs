using System.Globalization;
using System.Numerics;
using System.Reflection;
using Spectre.Console.Cli;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Checks and explains whole-number options by their declared range (<see cref="WholeNumberAttribute"/>):
/// "--runs must be a whole number from 1 to 10,000,000; got 0.", "--runs expects a whole number; got 'abc'.".</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class WholeNumbers
{
    /// <summary>Checks every whole-number option of <paramref name="settings"/> that was given against its range.</summary>
    /// <returns>The message for the first option out of range, or <see langword="null"/>.</returns>
    public static string? Check(CommandSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var (property, name, rule) in Options(settings.GetType()))
        {
            if (property.GetValue(settings) is { } value)
            {
                var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                if (!rule.Allows(number))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{name} {Rule(rule, number)}; got {number}.");
                }
            }
        }

        return null;
    }

    /// <summary>Explains a value the parser could not read as a number for option <paramref name="option"/> of <paramref name="command"/>.</summary>
    /// <param name="option">The option as typed, e.g. <c>--runs</c>.</param>
    /// <param name="value">The value as typed.</param>
    /// <param name="command">The command's first word, e.g. <c>forecast</c>.</param>
    /// <returns>The message, or <see langword="null"/> when the option is not a declared whole number.</returns>
    public static string? Explain(string option, string value, string command)
    {
        var rule = Find(option, command);
        if (rule is null)
        {
            return null;
        }

        // A whole number the type cannot hold is outside the range; anything else is not a whole number at all.
        return BigInteger.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big)
            ? $"{option} {Rule(rule, big < 0 ? -1m : decimal.MaxValue)}; got {value}."
            : $"{option} expects a whole number; got '{value}'.";
    }

    /// <summary>Every whole-number option of a settings type: the property, its long name (<c>--runs</c>) and its rule.</summary>
    public static IEnumerable<(PropertyInfo Property, string Name, WholeNumberAttribute Rule)> Options(Type settingsType) =>
        settingsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<CommandOptionAttribute>() is { LongNames.Count: > 0 } && p.GetCustomAttribute<WholeNumberAttribute>() is not null)
            .Select(p => (p, "--" + p.GetCustomAttribute<CommandOptionAttribute>()!.LongNames[0], p.GetCustomAttribute<WholeNumberAttribute>()!));

    /// <summary>The settings types of every command: the options of a command are those of its settings type.</summary>
    public static IEnumerable<Type> SettingsTypes() =>
        typeof(WholeNumbers).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(CommandSettings).IsAssignableFrom(t));

    /// <summary>The rule of <paramref name="option"/>: the one every command shares, else that of the command's own
    /// settings type (<c>forecast</c>: <c>ForecastSettings</c>).</summary>
    private static WholeNumberAttribute? Find(string option, string command)
    {
        var candidates = SettingsTypes()
            .SelectMany(t => Options(t).Where(o => o.Name == option).Select(o => (Type: t, o.Rule)))
            .ToArray();
        var rules = candidates.Select(c => c.Rule).DistinctBy(r => (r.Min, r.Max, r.ModelOption)).ToArray();
        if (rules.Length <= 1)
        {
            return rules.FirstOrDefault();
        }

        var own = command.Replace("-", string.Empty, StringComparison.Ordinal);
        return candidates.FirstOrDefault(c => c.Type.Name.StartsWith(own, StringComparison.OrdinalIgnoreCase)).Rule;
    }

    private static string Rule(WholeNumberAttribute rule, decimal value) =>
        rule.ModelOption is null ? string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {rule.Min:N0} to {rule.Max:N0}")
        : value >= 0 ? $"is larger than the model option '{rule.ModelOption}' allows (statecraft models lists its range)"
        : "must be a whole number of 0 or more";
}
