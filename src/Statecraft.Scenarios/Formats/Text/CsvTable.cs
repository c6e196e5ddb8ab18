using System.Text;
using CsvHelper;
using Statecraft.Scenarios.Dto;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Formats.Text;

/// <summary>One cell of a delimited text file: its trimmed, unquoted text and where it starts.</summary>
internal sealed record CsvCell(string Text, SourceSpan At);

/// <summary>One record of a delimited text file.</summary>
internal sealed record CsvLine(int Line, IReadOnlyList<CsvCell> Cells)
{
    public SourceSpan At => new(Line, 1);

    public int Count => Cells.Count;

    public string Text(int index) => index < Cells.Count ? Cells[index].Text : string.Empty;

    /// <summary>Gets the position of cell <paramref name="index"/>, or the end of the line when the cell is missing.</summary>
    public SourceSpan CellAt(int index) => index < Cells.Count ? Cells[index].At : new(Line, Cells.Count == 0 ? 1 : Cells[^1].At.Column);
}

/// <summary>Reads delimited text with CsvHelper into cells that keep their line and column.</summary>
/// <remarks>Cells are trimmed of surrounding spaces and tabs; empty lines are skipped; records may have different
/// numbers of cells (the formats check counts themselves). Malformed quoting becomes an <c>SC1101</c> diagnostic.</remarks>
internal static class CsvTable
{
    public static List<CsvLine> Read(string text, char separator, char quote, DiagnosticBag bag, char? commentPrefix = null)
    {
        var lines = new List<CsvLine>();
        var options = new CsvReaderOptions
        {
            Separator = separator,
            Quote = quote,
            HasHeader = false,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            CommentPrefix = commentPrefix,
            WhitespaceCharacters = separator == '\t' ? " " : " \t",
            OnMalformedRecord = m => bag.Add(DiagnosticCatalog.Error(DiagnosticCatalog.Syntax,
                $"malformed quoting in this record ({m.Reason}).", hint: $"Close every {quote}…{quote} on the line where it opens."), new((int)m.LineNumber, 1)),
        };
        using var reader = CsvReader.FromText(text, options);
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var raw = Encoding.UTF8.GetString(reader.RawRecord);
            var starts = FieldStarts(raw, separator, quote);
            var cells = new List<CsvCell>(reader.FieldCount);
            for (var k = 0; k < reader.FieldCount; k++)
            {
                var column = k < starts.Count ? starts[k] : 1;
                cells.Add(new CsvCell(reader.GetString(k).Trim(), new SourceSpan(line, column)));
            }

            lines.Add(new CsvLine(line, cells));
        }

        return lines;
    }

    /// <summary>Returns the 1-based column where each field's content starts (after leading spaces), scanning quotes.</summary>
    private static List<int> FieldStarts(string raw, char separator, char quote)
    {
        var starts = new List<int>();
        var fieldStart = 0;
        var inQuotes = false;
        for (var i = 0; i <= raw.Length; i++)
        {
            if (i == raw.Length || (!inQuotes && raw[i] == separator))
            {
                var s = fieldStart;
                while (s < i && (raw[s] == ' ' || (raw[s] == '\t' && separator != '\t')))
                {
                    s++;
                }

                starts.Add(s + 1);
                fieldStart = i + 1;
            }
            else if (raw[i] == quote)
            {
                inQuotes = !inQuotes;
            }
        }

        return starts;
    }
}
