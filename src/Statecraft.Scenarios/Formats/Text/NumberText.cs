using System.Globalization;

namespace Statecraft.Scenarios.Formats.Text;

/// <summary>Parses numbers as written in scenario files, recognising every spelling of NaN and infinity.</summary>
/// <remarks>Invariant culture, decimal point only, no thousands separators. NaN and infinity parse (so the validator can
/// report them as "not a finite number" rather than "not a number"): <c>nan</c>, <c>.nan</c>, <c>inf</c>, <c>.inf</c>,
/// <c>infinity</c>, <c>∞</c>, each in any case and with a sign.</remarks>
internal static class NumberText
{
    public static bool TryParse(string text, out double value)
    {
        var t = text.Trim();
        var sign = 1.0;
        var body = t;
        if (body.StartsWith('-') || body.StartsWith('+'))
        {
            sign = body[0] == '-' ? -1 : 1;
            body = body[1..];
        }

        switch (body.ToUpperInvariant())
        {
            case "NAN" or ".NAN":
                value = double.NaN;
                return true;
            case "INF" or ".INF" or "INFINITY" or "∞":
                value = sign * double.PositiveInfinity;
                return true;
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Formats a number so that it reads back to the same double.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
