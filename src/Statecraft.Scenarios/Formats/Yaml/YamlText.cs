using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Statecraft.Scenarios.Formats.Yaml;

/// <summary>Writes YAML scalars: plain when that is unambiguous, otherwise double-quoted with escapes.</summary>
internal static partial class YamlText
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
    };

    public static string Scalar(string value) =>
        value.Length > 0 && PlainSafe().IsMatch(value) && !Reserved.Contains(value) ? value : Quoted(value);

    public static string Quoted(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (ch < 0x20 || (ch >= 0x7F && ch <= 0x9F) || ch is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(ch))
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)ch:X4}");
                    }
                    else
                    {
                        sb.Append(ch);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>Returns a literal block (<c>|</c> or <c>|-</c>) for readable multi-line text, or null when a quoted scalar is safer.</summary>
    public static string? Block(string value, string indent)
    {
        if (!value.Contains('\n', StringComparison.Ordinal) || value.StartsWith(' ') || value.StartsWith('\n'))
        {
            return null;
        }

        var body = value.EndsWith('\n') ? value[..^1] : value;
        if (body.EndsWith('\n'))
        {
            return null;
        }

        var lines = body.Split('\n');
        if (lines.Any(l => l.Length == 0 || l.EndsWith(' ') || l.Any(c => c == '\t' || c == '\r' || char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u0085' or '\uFEFF')))
        {
            return null;
        }

        var sb = new StringBuilder(value.EndsWith('\n') ? "|" : "|-");
        foreach (var line in lines)
        {
            sb.Append('\n').Append(indent).Append(line);
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_ .()/+-]*(?<! )\z")]
    private static partial Regex PlainSafe();
}
