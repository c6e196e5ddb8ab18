using System.Collections.Immutable;
using System.Text;

namespace Statecraft.Scenarios.Formats.Deu;

/// <summary>Splits RFC 4180 comma-separated text into records, keeping each field's line and column.</summary>
/// <remarks>
/// Fields may be quoted with <c>"</c>, with <c>""</c> for a literal quote; quoted fields may span lines. Line ends
/// are LF, CRLF or CR. Blank lines are skipped. Stateless and thread-safe.
/// </remarks>
internal static class CsvTokenizer
{
    /// <summary>Reads every record of <paramref name="text"/>.</summary>
    /// <param name="text">The whole file.</param>
    /// <param name="unclosedQuoteLine">The line of a quote that is never closed, or 0.</param>
    /// <returns>The records, in order.</returns>
    public static ImmutableArray<CsvRecord> Read(string text, out int unclosedQuoteLine)
    {
        unclosedQuoteLine = 0;
        var lines = SplitLines(text);
        var records = ImmutableArray.CreateBuilder<CsvRecord>();
        var fields = ImmutableArray.CreateBuilder<CsvField>();
        var sb = new StringBuilder();
        var lineIndex = 0;
        while (lineIndex < lines.Count)
        {
            var startLine = lineIndex;
            if (lines[lineIndex].Length == 0)
            {
                lineIndex++;
                continue;
            }

            fields.Clear();
            var line = lines[lineIndex];
            var pos = 0;
            while (true)
            {
                sb.Clear();
                var fieldLine = lineIndex + 1;
                var fieldColumn = pos + 1;
                if (pos < line.Length && line[pos] == '"')
                {
                    pos++;
                    var closed = false;
                    while (!closed)
                    {
                        if (pos >= line.Length)
                        {
                            if (lineIndex + 1 >= lines.Count)
                            {
                                unclosedQuoteLine = fieldLine;
                                break;
                            }

                            sb.Append('\n');
                            lineIndex++;
                            line = lines[lineIndex];
                            pos = 0;
                            continue;
                        }

                        var ch = line[pos];
                        if (ch == '"')
                        {
                            if (pos + 1 < line.Length && line[pos + 1] == '"')
                            {
                                sb.Append('"');
                                pos += 2;
                            }
                            else
                            {
                                pos++;
                                closed = true;
                            }
                        }
                        else
                        {
                            sb.Append(ch);
                            pos++;
                        }
                    }

                    // Text between a closing quote and the next comma is kept, as most readers do.
                    while (pos < line.Length && line[pos] != ',')
                    {
                        sb.Append(line[pos++]);
                    }
                }
                else
                {
                    var comma = line.IndexOf(',', pos);
                    var end = comma < 0 ? line.Length : comma;
                    sb.Append(line, pos, end - pos);
                    pos = end;
                }

                fields.Add(new CsvField(sb.ToString(), fieldLine, fieldColumn));
                if (pos < line.Length && line[pos] == ',')
                {
                    pos++;
                    continue;
                }

                break;
            }

            records.Add(new CsvRecord(startLine + 1, fields.ToImmutable(), lines[startLine]));
            lineIndex++;
        }

        return records.ToImmutable();
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var k = 0; k < text.Length; k++)
        {
            var ch = text[k];
            if (ch is '\n' or '\r')
            {
                lines.Add(text[start..k]);
                if (ch == '\r' && k + 1 < text.Length && text[k + 1] == '\n')
                {
                    k++;
                }

                start = k + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        // A byte-order mark is not part of the first header name.
        if (lines.Count > 0 && lines[0].Length > 0 && lines[0][0] == '\uFEFF')
        {
            lines[0] = lines[0][1..];
        }

        return lines;
    }
}
