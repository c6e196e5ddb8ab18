using System.Globalization;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Unrest.Options;

/// <summary>The <c>max-jail-term</c> option of both unrest models: a number of ticks, or <c>inf</c> for an infinite term.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class MaxJailTerm
{
    /// <summary>The longest finite term accepted, in ticks.</summary>
    public const int Longest = 1_000_000;

    /// <summary>Declares the option with a model's default term.</summary>
    public static TextOption Declare(int defaultTerm) =>
        new("max-jail-term", defaultTerm.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"[1, {Longest}] or inf"), "J_max in ticks; inf selects jail-term = infinite.")
        {
            Refused = ["0", (Longest + 1L).ToString(CultureInfo.InvariantCulture)],
        };

    /// <summary>Reads the option: <see langword="null"/> when unset, <see cref="int.MaxValue"/> for <c>inf</c>, else the term.</summary>
    /// <exception cref="ModelOptionException">The value is neither an integer in [1, <see cref="Longest"/>] nor <c>inf</c>.</exception>
    public static int? Read(TextOption option, ModelSettings settings)
    {
        if (option.Read(settings) is not { } text)
        {
            return null;
        }

        if (text.Equals("inf", StringComparison.OrdinalIgnoreCase) || text.Equals("infinite", StringComparison.OrdinalIgnoreCase))
        {
            return int.MaxValue;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var term) && term is >= 1 and <= Longest
            ? term
            : throw option.NotAllowed(text);
    }
}
