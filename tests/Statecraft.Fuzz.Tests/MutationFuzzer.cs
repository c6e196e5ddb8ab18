using System.Globalization;
using System.Text;
using Statecraft.Model.Randomness;

namespace Statecraft.Fuzz.Tests;

/// <summary>A seeded mutation fuzzer over every scenario input format: starting from a valid file, it applies one to three
/// mutations (bit flips, truncation, YAML/CSV/XML syntax, numeric extremes, duplicated and deleted lines, deep nesting,
/// huge lines). The same seed gives the same inputs.</summary>
internal static class MutationFuzzer
{
    /// <summary>The most characters a line duplication adds (the file size limit is 64 MB; a test process holds each input twice).</summary>
    private const int MaxDuplicated = 8_000_000;

    private static readonly string[] Syntax =
    [
        ":", ": ", "{", "}", "[", "]", "- ", "\"", "'", ",", ";", "\t", "\n", "\r\n", "#", "&a ", "*a", "!!str ", "---\n", "...\n", "|\n", ">\n", "? ",
        "%YAML 1.2\n", "<", ">", "</", "<a>", "</a>", "<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "<?xml version=\"1.0\"?>", "\"\"", ",,,,", "\0", "\uFEFF", "é", "\u2028",
    ];

    private static readonly string[] Numbers =
    [
        "1e308", "-1e308", "1e309", "NaN", "nan", "Infinity", "-Infinity", ".inf", "-.inf", "-0", "0", "-1", "1e-320", "4.9e-324", "99999999999999999999",
        "-99999999999999999999", "0x10", "1,5", "1.5.5", "2147483648", "-2147483649", "18446744073709551616", "1e9", "1e-9", "", " ", "1_000",
    ];

    /// <summary>The mutated text of input <paramref name="index"/> of a run seeded with <paramref name="seed"/>.</summary>
    /// <remarks>It depends on (seed, index) only, not on the number of inputs nor on the process: the generator's seed is
    /// derived with <see cref="SeedSequence"/> (<see cref="HashCode"/> would differ from process to process).</remarks>
    public static (string Text, string Description) Mutate(string original, int seed, int index)
    {
        var random = new Random((int)(SeedSequence.Derive((ulong)seed, (ulong)index) & int.MaxValue));
        var text = original;
        var steps = new List<string>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var (mutated, step) = Once(text, random);
            text = mutated;
            steps.Add(step);
        }

        return (text, string.Join("; ", steps));
    }

    private static (string Text, string Step) Once(string text, Random random)
    {
        var at = text.Length == 0 ? 0 : random.Next(text.Length + 1);
        switch (random.Next(9))
        {
            case 0:
                {
                    var bytes = Encoding.UTF8.GetBytes(text);
                    if (bytes.Length == 0)
                    {
                        return (text, "bit flip (empty)");
                    }

                    var b = random.Next(bytes.Length);
                    var bit = random.Next(8);
                    bytes[b] ^= (byte)(1 << bit);
                    return (Encoding.UTF8.GetString(bytes), $"bit {bit} of byte {b} flipped");
                }

            case 1:
                return (text[..at], $"truncated at {at}");
            case 2:
                {
                    var token = Syntax[random.Next(Syntax.Length)];
                    return (text.Insert(at, token), $"inserted {Show(token)} at {at}");
                }

            case 3:
                return ReplaceNumber(text, random);
            case 4:
                {
                    var lines = text.Split('\n').ToList();
                    var k = random.Next(lines.Count);
                    var times = random.Next(1, 4) == 1 ? random.Next(2, 2000) : 1;
                    times = Math.Max(1, Math.Min(times, MaxDuplicated / (lines[k].Length + 1))); // a 2 MB line 2,000 times would be 4 GB
                    lines.InsertRange(k, Enumerable.Repeat(lines[k], times));
                    return (string.Join('\n', lines), $"line {k + 1} duplicated {times}×");
                }

            case 5:
                {
                    var lines = text.Split('\n').ToList();
                    var k = random.Next(lines.Count);
                    lines.RemoveAt(k);
                    return (string.Join('\n', lines), $"line {k + 1} deleted");
                }

            case 6:
                {
                    var depth = random.Next(2) == 0 ? random.Next(2, 100) : random.Next(1000, 40_000);
                    var (open, close) = random.Next(4) switch
                    {
                        0 => ("[", "]"),
                        1 => ("{a: ", "}"),
                        2 => ("<a>", "</a>"),
                        _ => ("- ", string.Empty),
                    };
                    var nest = string.Concat(Enumerable.Repeat(open, depth)) + string.Concat(Enumerable.Repeat(close, depth));
                    return (text.Insert(at, nest), $"nesting {Show(open)} ×{depth} at {at}");
                }

            case 7:
                {
                    var length = random.Next(2) == 0 ? random.Next(1_000, 100_000) : random.Next(100_000, 2_000_000);
                    var fill = "aé9,;: <\"".Substring(random.Next(9), 1);
                    return (text.Insert(at, new string(fill[0], length)), $"line of {length} × {Show(fill)} at {at}");
                }

            default:
                {
                    var cut = random.Next(at + 1);
                    return (text.Remove(cut, at - cut), $"deleted {at - cut} characters at {cut}");
                }
        }
    }

    private static (string Text, string Step) ReplaceNumber(string text, Random random)
    {
        var spans = new List<(int Start, int Length)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                spans.Add((start, i - start));
            }
        }

        var replacement = Numbers[random.Next(Numbers.Length)];
        if (spans.Count == 0)
        {
            return (text + replacement, $"appended {Show(replacement)}");
        }

        var (s, l) = spans[random.Next(spans.Count)];
        return (text.Remove(s, l).Insert(s, replacement), $"number at {s.ToString(CultureInfo.InvariantCulture)} → {Show(replacement)}");
    }

    private static string Show(string token) =>
        "'" + token.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\0", "\\0", StringComparison.Ordinal) + "'";
}
