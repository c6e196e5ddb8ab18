using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Model.Domain;

namespace Statecraft.Assessment;

/// <summary>The small vocabulary of the brief: numbers on a scale, shares, labels and model names.</summary>
internal static class Words
{
    private static readonly ImmutableDictionary<string, string> Titles = new Dictionary<string, string>
    {
        ["compromise"] = "compromise",
        ["median"] = "median",
        ["nash"] = "Nash",
        ["mean"] = "plain mean",
        ["eu"] = "expected-utility",
        ["smp"] = "spatial (SMP)",
        ["exchange"] = "exchange",
        ["statecraft"] = "statecraft",
    }.ToImmutableDictionary();

    // How each model forms its forecast, in the words of its docs page (docs/models/); a model without an entry is
    // described by its one-line summary.
    private static readonly ImmutableDictionary<string, string> Mechanisms = new Dictionary<string, string>
    {
        ["compromise"] = "averages the stated positions, weighted by capability × salience",
        ["median"] = "takes the weighted median, the position no weighted majority can beat",
        ["nash"] = "maximises the weighted product of every actor's gain over the status quo",
        ["mean"] = "averages the positions of the actors that care, unweighted",
        ["eu"] = "lets actors challenge, coerce and give way round by round, so expected conflicts move positions towards the stronger coalition",
        ["smp"] = "lets actors challenge and bargain in several dimensions, settled by Condorcet elections",
        ["exchange"] = "lets actors trade ground across linked issues, each giving way where it cares less",
    }.ToImmutableDictionary();

    public static string ModelTitle(string model) => Titles.GetValueOrDefault(model, model);

    public static string Mechanism(string model, string summary) =>
        Mechanisms.TryGetValue(model, out var m) ? m : "is the " + summary.TrimEnd('.');

    /// <summary>The number of decimals a value on this scale is shown with: 0 on a 0–100 scale, 2 on a 0–1 scale.</summary>
    public static int Decimals(IssueScale scale) => Math.Clamp(1 - (int)Math.Floor(Math.Log10(scale.Range / 10)), 0, 4);

    public static string Number(double value, IssueScale scale) => Fixed(value, Decimals(scale));

    public static string Fixed(double value, int decimals)
    {
        var text = Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text is "-0" or "-0.0" or "-0.00" or "-0.000" or "-0.0000" ? text[1..] : text;
    }

    public static string Signed(double value, int decimals) => (value >= 0 ? "+" : string.Empty) + Fixed(value, decimals);

    /// <summary>"1 issue", "5 issues".</summary>
    public static string Plural(long n, string noun) => $"{Count(n)} {noun}{(n == 1 ? string.Empty : "s")}";

    /// <summary>A number rounded to three significant digits, without trailing zeros (150, 66.7, 0.0667).</summary>
    public static string Significant(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return Fixed(value, 0);
        }

        var digits = Math.Clamp(2 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 10);
        return Math.Round(value, digits, MidpointRounding.AwayFromZero).ToString("0.##########", CultureInfo.InvariantCulture);
    }

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(double share) => share switch
    {
        <= 0 => "0%",
        < 0.005 => "under 1%",
        >= 1 => "100%",
        > 0.995 => "over 99%",
        _ => Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("F0", CultureInfo.InvariantCulture) + "%",
    };

    /// <summary>Returns the labelled point nearest to <paramref name="value"/> (the lower one on a tie), or <see langword="null"/> without labels.</summary>
    public static ScaleLabel? NearestLabel(IssueScale scale, double value)
    {
        ScaleLabel? best = null;
        foreach (var label in scale.Labels)
        {
            if (best is null || Math.Abs(label.Value - value) < Math.Abs(best.Value.Value - value))
            {
                best = label;
            }
        }

        return best;
    }

    /// <summary>"nearest to 'fragile ceasefire holds' (50)", or the empty string without labels.</summary>
    /// <remarks>A label more than <see cref="NearShare"/> of the scale away is too far to name alone: the phrase then gives the labels on either side.</remarks>
    public static string NearestPhrase(IssueScale scale, double value)
    {
        if (NearestLabel(scale, value) is not { } l)
        {
            return string.Empty;
        }

        if (Math.Abs(l.Value - value) <= NearShare * scale.Range)
        {
            return $"nearest to {LabelPhrase(l, scale)}";
        }

        var below = scale.Labels.Where(x => x.Value <= value).Cast<ScaleLabel?>().LastOrDefault();
        var above = scale.Labels.Where(x => x.Value > value).Cast<ScaleLabel?>().FirstOrDefault();
        return (below, above) switch
        {
            ({ } b, { } a) => $"between {LabelPhrase(b, scale)} and {LabelPhrase(a, scale)}",
            ({ } b, null) => $"above {LabelPhrase(b, scale)}",
            (null, { } a) => $"below {LabelPhrase(a, scale)}",
            _ => string.Empty,
        };
    }

    /// <summary>The largest distance, as a share of the scale, at which a label is named as the nearest.</summary>
    public const double NearShare = 0.25;

    public static string LabelPhrase(ScaleLabel label, IssueScale scale) => $"'{label.Label}' ({Number(label.Value, scale)})";

    /// <summary>"Israel's", "Gulf monarchies'".</summary>
    public static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    public static string Quote(string text) => "“" + text.Trim().TrimEnd('.') + "”";

    public static string JoinList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
