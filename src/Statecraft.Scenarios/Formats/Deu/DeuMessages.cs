using System.Globalization;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Formats.Deu;

/// <summary>The codes and message templates of every diagnostic the DEU reader reports (codes SC1551–SC1567, in the format-specific SC15xx range).</summary>
/// <remarks>Stateless and thread-safe. Tests refer to the codes here.</remarks>
internal static class DeuMessages
{
    public const string MissingColumnCode = "SC1551";
    public const string NoActorsCode = "SC1552";
    public const string FieldCountCode = "SC1553";
    public const string NotANumberCode = "SC1554";
    public const string OutOfRangeCode = "SC1555";
    public const string MissingIdCode = "SC1556";
    public const string DuplicateIssueCode = "SC1557";
    public const string SalienceWithoutPositionCode = "SC1558";
    public const string PositionWithoutSalienceCode = "SC1559";
    public const string InconsistentProposalCode = "SC1560";
    public const string NoCountedActorCode = "SC1561";
    public const string UnknownCapabilityCode = "SC1562";
    public const string NoWeightCode = "SC1563";
    public const string WeightsNotGivenCode = "SC1564";
    public const string WeightsInvalidCode = "SC1565";
    public const string UnclosedQuoteCode = "SC1566";
    public const string NoRowsCode = "SC1567";

    public const string Scale = "[0, 100]";

    private const string LayoutHint =
        "A DEU II file has the columns prnr, isnr, cod, prname, rp, out and a p<actor>/s<actor> pair per actor (see docs/formats/deu.md).";

    public static Diagnostic MissingColumn(string file, CsvRecord header, string column) =>
        Error(MissingColumnCode, $"The DEU file has no '{column}' column.", file, header) with
        {
            Field = column,
            Hint = LayoutHint,
        };

    public static Diagnostic NoActors(string file, CsvRecord header) =>
        Error(NoActorsCode, "The DEU file has no actor columns: no p<actor> column has a matching s<actor> column.", file, header) with
        {
            Hint = "For example pcom and scom hold the Commission's position and salience.",
        };

    public static Diagnostic FieldCount(string file, CsvRecord record, int expected) =>
        Error(FieldCountCode, $"The row has {record.Fields.Length} fields; the header has {expected}.", file, record) with
        {
            Value = record.Fields.Length.ToString(CultureInfo.InvariantCulture),
            Allowed = expected.ToString(CultureInfo.InvariantCulture),
            Hint = "Check for a missing or extra comma; a text containing a comma must be quoted.",
        };

    public static Diagnostic NotANumber(string file, CsvRecord record, CsvField field, string name) =>
        Error(NotANumberCode, $"{name} = '{DiagnosticCatalog.Shown(field.Value)}' is not a number.", file, record, field) with
        {
            Field = name,
            Value = DiagnosticCatalog.Shown(field.Value),
            Allowed = Scale + " or blank",
            Hint = "Write numbers with a decimal point (e.g. 37.5) and leave the cell blank when the value is unknown.",
        };

    public static Diagnostic OutOfRange(string file, CsvRecord record, CsvField field, string name, double value) =>
        Error(OutOfRangeCode, $"{name} = {value.ToString(CultureInfo.InvariantCulture)} is outside {Scale}.", file, record, field) with
        {
            Field = name,
            Value = field.Value,
            Allowed = Scale,
            Hint = value is > 0 and < 1
                ? "DEU positions and saliences are on 0–100, not shares."
                : "DEU positions, saliences, reference points and outcomes are on 0–100.",
        };

    public static Diagnostic MissingId(string file, CsvRecord record, CsvField? field, string column) =>
        Error(MissingIdCode, $"The row has no '{column}' value.", file, record, field) with
        {
            Field = column,
            Hint = column == "isnr" ? "Every issue needs an id such as d00032i1." : "Every issue needs its proposal code such as d00032.",
        };

    public static Diagnostic DuplicateIssue(string file, CsvRecord record, CsvField field, int firstLine) =>
        Error(DuplicateIssueCode, $"Issue '{field.Value}' appears twice; its first row is line {firstLine}.", file, record, field) with
        {
            Field = "isnr",
            Value = field.Value,
            Hint = "Issue ids must be unique within a file.",
        };

    public static Diagnostic SalienceWithoutPosition(string file, CsvRecord record, CsvField field, string issue, string actor) =>
        Warning(SalienceWithoutPositionCode, $"{issue}.s{actor} = {field.Value} but p{actor} is blank, so '{actor}' does not count on this issue.", file, record, field) with
        {
            Field = $"{issue}.s{actor}",
            Value = field.Value,
            Hint = "An actor counts only with a position and a salience > 0 (docs/reference/conventions.md §1.6).",
        };

    public static Diagnostic PositionWithoutSalience(string file, CsvRecord record, CsvField field, string issue, string actor) =>
        Warning(PositionWithoutSalienceCode, $"{issue}.p{actor} = {field.Value} but s{actor} is blank, so '{actor}' does not count on this issue.", file, record, field) with
        {
            Field = $"{issue}.p{actor}",
            Value = field.Value,
            Hint = "An actor counts only with a position and a salience > 0 (docs/reference/conventions.md §1.6).",
        };

    public static Diagnostic InconsistentProposal(string file, CsvRecord record, CsvField field, string column, string proposal, string first) =>
        Warning(InconsistentProposalCode, $"{column} = '{field.Value}' differs from '{first}' on an earlier row of proposal {proposal}; the first value is used.", file, record, field) with
        {
            Field = column,
            Value = field.Value,
        };

    public static Diagnostic NoCountedActor(string file, CsvRecord record, string issue) =>
        Warning(NoCountedActorCode, $"Issue {issue} has no actor with a position and a salience > 0; no model can forecast it.", file, record);

    public static Diagnostic UnknownCapability(string file, string value) =>
        Error(UnknownCapabilityCode, $"capability = '{value}' is not a DEU capability convention.", file, null) with
        {
            Field = "capability",
            Value = value,
            Allowed = "equal, votes, shapley, council-shapley",
            Hint = "votes (the default) scales Council vote weights so the largest member state has 1 (docs/reference/conventions.md §1.6).",
        };

    public static Diagnostic NoWeight(string file, CsvRecord header, string actor, string table, string column) =>
        Error(NoWeightCode, $"Actor '{actor}' takes part but the weight table {table} gives it no {column}.", file, header) with
        {
            Field = $"p{actor}",
            Value = actor,
            Hint = "Give a weights file that lists it (--weights FILE) or use --capability equal.",
        };

    public static Diagnostic WeightsNotGiven(string file, string name) =>
        Error(WeightsNotGivenCode, $"The weights file '{name}' was named but its text was not provided.", file, null) with
        {
            Field = "weights",
            Value = name,
        };

    public static Diagnostic WeightsEmpty(string file) =>
        Error(WeightsInvalidCode, "The weights file is empty.", file, null) with
        {
            Hint = "It needs a header row with abbr and weights (or shapleyshubik), like EU15.csv.",
        };

    public static Diagnostic WeightsMissingColumn(string file, CsvRecord header, string column) =>
        Error(WeightsInvalidCode, $"The weights file has no '{column}' column.", file, header) with
        {
            Field = column,
            Hint = "It needs abbr and weights (or shapleyshubik), like EU15.csv: country,abbr,weights,quota,block,banzhaf,shapleyshubik.",
        };

    public static Diagnostic WeightsBadNumber(string file, CsvRecord record, CsvField field, string column) =>
        Error(WeightsInvalidCode, $"{column} = '{DiagnosticCatalog.Shown(field.Value)}' is not a positive number.", file, record, field) with
        {
            Field = column,
            Value = field.Value,
            Allowed = "(0, ∞)",
        };

    public static Diagnostic WeightsMissingCode(string file, CsvRecord record) =>
        Error(WeightsInvalidCode, "The row has no 'abbr' value.", file, record) with
        {
            Field = "abbr",
            Hint = "abbr is the DEU actor code, e.g. de.",
        };

    public static Diagnostic UnclosedQuote(string file, int line) =>
        new Diagnostic(DiagnosticSeverity.Error, UnclosedQuoteCode, "A quoted field is never closed.")
        {
            File = file,
            Line = line,
            Hint = "Close the quote with \" or remove it.",
        };

    public static Diagnostic NoRows(string file) =>
        new Diagnostic(DiagnosticSeverity.Error, NoRowsCode, "The DEU file has no issue rows.")
        {
            File = file,
            Hint = LayoutHint,
        };

    private static Diagnostic Error(string code, string message, string file, CsvRecord? record, CsvField? field = null) =>
        Located(DiagnosticSeverity.Error, code, message, file, record, field);

    private static Diagnostic Warning(string code, string message, string file, CsvRecord? record, CsvField? field = null) =>
        Located(DiagnosticSeverity.Warning, code, message, file, record, field);

    private static Diagnostic Located(DiagnosticSeverity severity, string code, string message, string file, CsvRecord? record, CsvField? field) =>
        new(severity, code, message)
        {
            File = file,
            Line = field?.Line ?? record?.Line,
            Column = field?.Column,
            SourceLine = record?.SourceLine,
        };
}
