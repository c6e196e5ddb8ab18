namespace Statecraft.Scenarios.Formats.Deu;

/// <summary>One field of a CSV record, with where it starts in the text.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Value">The unquoted text of the field.</param>
/// <param name="Line">The 1-based line on which the field starts.</param>
/// <param name="Column">The 1-based character column at which the field starts.</param>
internal readonly record struct CsvField(string Value, int Line, int Column);
