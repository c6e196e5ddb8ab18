using System.Text.RegularExpressions;
using Statecraft.Scenarios.Dto;

namespace Statecraft.Scenarios.Formats.Text;

/// <summary>Reads <c># key: value</c> directive comments (e.g. <c># scale: 0 10</c>) from the comment lines of a table.</summary>
internal static partial class Directives
{
    /// <summary>Returns the directives found, by key (case-insensitive), with the position of each value.</summary>
    /// <param name="text">The file text.</param>
    /// <param name="prefix">The comment prefix, e.g. <c>#</c> or <c>#/</c> (quotes around it are allowed).</param>
    /// <param name="keys">The directive keys recognised; other comments are free text.</param>
    public static Dictionary<string, TextValue> Read(string text, string prefix, IReadOnlyCollection<string> keys)
    {
        var found = new Dictionary<string, TextValue>(StringComparer.OrdinalIgnoreCase);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var body = line.TrimStart().TrimStart('\'');
            if (!body.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var m = Directive().Match(body[prefix.Length..]);
            if (m.Success && keys.Contains(m.Groups["key"].Value, StringComparer.OrdinalIgnoreCase))
            {
                var value = m.Groups["value"].Value.Trim().Trim('\'').Trim();
                var column = line.IndexOf(m.Groups["value"].Value, StringComparison.Ordinal) + 1;
                found[m.Groups["key"].Value] = new TextValue(value, new SourceSpan(i + 1, Math.Max(1, column)));
            }
        }

        return found;
    }

    [GeneratedRegex(@"^['\s;]*(?<key>[A-Za-z][A-Za-z-]*)\s*:(?<value>.*)$")]
    private static partial Regex Directive();
}
