using System.Collections.Immutable;

namespace Statecraft.Scenarios.Formats.Deu;

/// <summary>One CSV record: its fields and the text of the line on which it starts.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Line">The 1-based line on which the record starts.</param>
/// <param name="Fields">The fields, in order.</param>
/// <param name="SourceLine">The text of the starting line, for a caret display.</param>
internal sealed record CsvRecord(int Line, ImmutableArray<CsvField> Fields, string SourceLine);
