using System.Globalization;

namespace Statecraft.Scenarios.Validation;

/// <summary>The codes and message templates of every diagnostic a scenario reader or the loader reports.</summary>
/// <remarks>
/// <para>Codes are stable: <c>SC10xx</c> file and format detection, <c>SC11xx</c> syntax and structure,
/// <c>SC12xx</c> values and ranges, <c>SC13xx</c> identities and references, <c>SC14xx</c> completeness,
/// <c>SC15xx</c> format-specific rules. Messages name the field, the offending value and what is allowed; the hint
/// says how to fix it. Keeping them here keeps the wording consistent, and tests refer to the codes.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class DiagnosticCatalog
{
    /// <summary>SC1001: the file does not exist.</summary>
    public const string FileNotFound = "SC1001";

    /// <summary>SC1002: the path is a directory.</summary>
    public const string IsDirectory = "SC1002";

    /// <summary>SC1003: the file is larger than the loader's limit.</summary>
    public const string FileTooLarge = "SC1003";

    /// <summary>SC1004: the file contains a NUL byte (binary content).</summary>
    public const string BinaryContent = "SC1004";

    /// <summary>SC1005: the file is not valid UTF-8.</summary>
    public const string InvalidUtf8 = "SC1005";

    /// <summary>SC1006: no format recognises the file.</summary>
    public const string UnknownFormat = "SC1006";

    /// <summary>SC1007: more than one format recognises the file.</summary>
    public const string AmbiguousFormat = "SC1007";

    /// <summary>SC1008: the requested format name is not known.</summary>
    public const string UnknownFormatName = "SC1008";

    /// <summary>SC1009: the file could not be read (permissions, I/O).</summary>
    public const string FileUnreadable = "SC1009";

    /// <summary>SC1010: the file is empty, or is not a regular file (a FIFO, a device or a socket).</summary>
    public const string EmptyFile = "SC1010";

    /// <summary>SC1011: a reader option (the DEU capability convention or weight table) is given for a file of another format, which would ignore it.</summary>
    public const string ReaderOptionNotApplicable = "SC1011";

    /// <summary>SC1101: the text is not well-formed (YAML, CSV or XML syntax).</summary>
    public const string Syntax = "SC1101";

    /// <summary>SC1102: a required field is missing.</summary>
    public const string MissingField = "SC1102";

    /// <summary>SC1103: a field has the wrong type.</summary>
    public const string WrongType = "SC1103";

    /// <summary>SC1104: a key is not part of the format.</summary>
    public const string UnknownKey = "SC1104";

    /// <summary>SC1105: a key appears twice in the same mapping.</summary>
    public const string DuplicateKey = "SC1105";

    /// <summary>SC1106: the format version is not supported.</summary>
    public const string UnsupportedVersion = "SC1106";

    /// <summary>SC1107: a value is not one of the allowed words.</summary>
    public const string NotAllowedValue = "SC1107";

    /// <summary>SC1201: a number is NaN or infinite.</summary>
    public const string NotFinite = "SC1201";

    /// <summary>SC1202: a capability is not greater than zero.</summary>
    public const string CapabilityNotPositive = "SC1202";

    /// <summary>SC1203: a salience is outside its scale.</summary>
    public const string SalienceOutOfRange = "SC1203";

    /// <summary>SC1204: a position is outside its issue's scale.</summary>
    public const string PositionOffScale = "SC1204";

    /// <summary>SC1205: a scale's minimum is not below its maximum.</summary>
    public const string ScaleMinNotBelowMax = "SC1205";

    /// <summary>SC1206: a reference point, outcome, label or settlement point is outside its issue's scale.</summary>
    public const string ValueOffScale = "SC1206";

    /// <summary>SC1207: a KTAB actor's saliences add up to more than 100.</summary>
    public const string SalienceSumOver100 = "SC1207";

    /// <summary>SC1208: a number that must not be negative is negative.</summary>
    public const string Negative = "SC1208";

    /// <summary>SC1209: a noise level of the uncertainty section is outside its range.</summary>
    public const string NoiseOutOfRange = "SC1209";

    /// <summary>SC1210: a capability or a scale end is outside the documented bounds that keep every model's arithmetic finite.</summary>
    public const string OutOfBounds = "SC1210";

    /// <summary>The largest capability accepted (SC1210); capabilities are ratios, so any data can be rescaled into [<see cref="MinCapability"/>, this].</summary>
    public const double MaxCapability = 1e9;

    /// <summary>The smallest capability accepted (SC1210).</summary>
    public const double MinCapability = 1e-9;

    /// <summary>The largest magnitude of a scale end (SC1210).</summary>
    public const double MaxScaleEnd = 1e9;

    /// <summary>The narrowest scale accepted, max − min (SC1210).</summary>
    public const double MinScaleWidth = 1e-9;

    /// <summary>SC1211: a number is written with more characters than any number needs.</summary>
    public const string NumberTooLong = "SC1211";

    /// <summary>The most characters a number may be written with (SC1211): a double's round-trip form needs at most 24.</summary>
    public const int MaxNumberLength = 100;

    /// <summary>SC1301: two actors share an id.</summary>
    public const string DuplicateActorId = "SC1301";

    /// <summary>SC1302: two issues share an id.</summary>
    public const string DuplicateIssueId = "SC1302";

    /// <summary>SC1303: a stance names an issue that does not exist.</summary>
    public const string UnknownIssue = "SC1303";

    /// <summary>SC1304: a reference names an actor that does not exist.</summary>
    public const string UnknownActor = "SC1304";

    /// <summary>SC1305: the same actor has two stances on the same issue.</summary>
    public const string DuplicateStance = "SC1305";

    /// <summary>SC1306: an uncertainty override names nothing, sets nothing, repeats another, or sets a capability σ for one issue.</summary>
    public const string InvalidOverride = "SC1306";

    /// <summary>SC1401: the scenario has no issues.</summary>
    public const string NoIssues = "SC1401";

    /// <summary>SC1402: the scenario has no actors.</summary>
    public const string NoActors = "SC1402";

    /// <summary>SC1403: an issue has no actor with a stance on it.</summary>
    public const string IssueWithoutActors = "SC1403";

    /// <summary>SC1404: an issue has stances, but none with positive salience.</summary>
    public const string EmptyIssue = "SC1404";

    /// <summary>SC1405: a model setting is a list or a mapping instead of a single value.</summary>
    public const string SettingNotScalar = "SC1405";

    /// <summary>SC1406: the scenario has more actor–issue pairs (actors × issues) than <see cref="MaxActorsTimesIssues"/>.</summary>
    public const string TooManyPairs = "SC1406";

    /// <summary>The most actor–issue pairs (actors × issues) a scenario may have (SC1406).</summary>
    public const long MaxActorsTimesIssues = 1_000_000;

    /// <summary>SC1501: a table's layout (header line, column count, declared counts) is wrong.</summary>
    public const string TableLayout = "SC1501";

    /// <summary>SC1502: a KTAB XML file does not validate against KTAB's schema (a warning).</summary>
    public const string KtabSchema = "SC1502";

    /// <summary>SC1503: a KTAB XML file lacks <c>IdealAdjustment</c>, which KTAB's reader requires (a warning).</summary>
    public const string KtabNoIdealAdjustment = "SC1503";

    /// <summary>SC1504: a decide row has an unknown tag.</summary>
    public const string UnknownTag = "SC1504";

    /// <summary>SC1505: a value was replaced by a reader override (a warning).</summary>
    public const string Overridden = "SC1505";

    /// <summary>SC1506: a KTAB actor gives no dimension a positive salience.</summary>
    public const string KtabZeroSalience = "SC1506";

    internal static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    internal static Diagnostic Error(string code, string message, string? field = null, string? value = null, string? allowed = null, string? hint = null) =>
        new(DiagnosticSeverity.Error, code, message) { Field = field, Value = value, Allowed = allowed, Hint = hint };

    internal static Diagnostic Warning(string code, string message, string? field = null, string? hint = null) =>
        new(DiagnosticSeverity.Warning, code, message) { Field = field, Hint = hint };

    internal static string DidYouMean(string? suggestion) => suggestion is null ? string.Empty : $"Did you mean '{suggestion}'?";

    internal static Diagnostic Missing(string field) =>
        Error(MissingField, $"{field} is required.", field);

    internal static Diagnostic Type(string field, string value, string expected) =>
        Error(WrongType, $"{field} = {Shown(value)} is not {expected}.", field, Shown(value), expected);

    internal static Diagnostic Kind(string field, string actualKind, string expected) =>
        Error(WrongType, $"{field} is {actualKind}; expected {expected}.", field, null, expected);

    internal static Diagnostic Unknown(string field, string key, string? suggestion, IEnumerable<string> known) =>
        Error(UnknownKey, $"{field} is not a known key.", field, key, string.Join(", ", known),
            suggestion is null ? $"Known keys: {string.Join(", ", known)}." : DidYouMean(suggestion));

    internal static Diagnostic Duplicate(string field, int firstLine) =>
        Error(DuplicateKey, $"{field} appears twice (first at line {firstLine}).", field, hint: "Keep one of them.");

    internal static Diagnostic Version(string value) =>
        Error(UnsupportedVersion, $"statecraft = {value} is not a supported format version.", "statecraft", value, "1",
            "This version of Statecraft reads format version 1.");

    internal static Diagnostic Word(string field, string value, IEnumerable<string> allowed) =>
        Error(NotAllowedValue, $"{field} = {Shown(value)} is not one of {string.Join(", ", allowed)}.", field, Shown(value), string.Join(", ", allowed));

    internal static Diagnostic Infinite(string field, string raw) =>
        Error(NotFinite, $"{field} = {Shown(raw)} is not a finite number.", field, Shown(raw), "a finite number",
            "Write the number itself; NaN and infinity are not allowed.");

    internal static Diagnostic LongNumber(string field, string raw) =>
        Error(NumberTooLong, string.Create(CultureInfo.InvariantCulture, $"{field} = {Shown(raw)} is {raw.Length:N0} characters long; a number has at most {MaxNumberLength}."),
            field, Shown(raw), $"at most {MaxNumberLength} characters", "Round it, or write it in scientific notation (e.g. 1.5e-7).");

    /// <summary>A value as a message shows it: a long one is cut after 32 characters and marked with an ellipsis, so a
    /// message stays one readable line whatever the file holds.</summary>
    internal static string Shown(string raw) => raw.Length <= 40 ? raw : string.Concat(raw.AsSpan(0, 32), "…");

    internal static Diagnostic Capability(string field, string raw) =>
        Error(CapabilityNotPositive, $"{field} = {raw} is not greater than 0.", field, raw, "(0, ∞)",
            "Capability is a ratio scale: give every actor a positive number; an actor with no power does not belong in the scenario.");

    internal static Diagnostic Bounds(string field, string raw, string allowed, string hint) =>
        Error(OutOfBounds, $"{field} = {raw} is outside {allowed}.", field, raw, allowed, hint);

    internal static Diagnostic Salience(string field, string raw, string allowed, string? hint) =>
        Error(SalienceOutOfRange, $"{field} = {raw} is outside {allowed}.", field, raw, allowed, hint);

    internal static Diagnostic Position(string field, string raw, string issueId, double min, double max) =>
        Error(PositionOffScale, $"{field} = {raw} is outside the scale [{Num(min)}, {Num(max)}] of issue '{issueId}'.", field, raw,
            $"[{Num(min)}, {Num(max)}]", "Move the position onto the scale, or widen the issue's scale.");

    internal static Diagnostic OffScale(string field, string raw, string issueId, double min, double max) =>
        Error(ValueOffScale, $"{field} = {raw} is outside the scale [{Num(min)}, {Num(max)}] of issue '{issueId}'.", field, raw,
            $"[{Num(min)}, {Num(max)}]");

    internal static Diagnostic Scale(string field, string min, string max) =>
        Error(ScaleMinNotBelowMax, $"{field}: min = {min} is not below max = {max}.", field, $"{min}..{max}", "min < max",
            "Swap them, or give the scale two different ends.");

    internal static Diagnostic SalienceSum(string field, string actorId, double sum) =>
        Error(SalienceSumOver100, $"{field}: the saliences of actor '{actorId}' add up to {Num(sum)}; KTAB allows at most 100.", field,
            Num(sum), "≤ 100", "Saliences are shares of the actor's attention across dimensions; scale them down.");

    internal static Diagnostic NotNegative(string field, string raw) =>
        Error(Negative, $"{field} = {raw} is negative.", field, raw, "[0, ∞)");

    internal static Diagnostic Noise(string field, string raw, double max, string hint) =>
        Error(NoiseOutOfRange, $"{field} = {raw} is outside [0, {Num(max)}].", field, raw, $"[0, {Num(max)}]", hint);

    internal static Diagnostic Override(string field, string message, string hint) =>
        Error(InvalidOverride, $"{field} {message}", field, hint: hint);

    internal static Diagnostic DuplicateActor(string field, string id, int firstLine) =>
        Error(DuplicateActorId, $"{field} = '{Shown(id)}' is already the id of another actor (line {firstLine}).", field, Shown(id), hint: "Actor ids must be unique.");

    internal static Diagnostic DuplicateIssue(string field, string id, int firstLine) =>
        Error(DuplicateIssueId, $"{field} = '{Shown(id)}' is already the id of another issue (line {firstLine}).", field, Shown(id), hint: "Issue ids must be unique.");

    internal static Diagnostic NoSuchIssue(string field, string id, string? suggestion) =>
        Error(UnknownIssue, $"{field} refers to unknown issue '{Shown(id)}'.", field, Shown(id), hint: DidYouMean(suggestion));

    internal static Diagnostic NoSuchActor(string field, string id, string? suggestion) =>
        Error(UnknownActor, $"{field} refers to unknown actor '{Shown(id)}'.", field, Shown(id), hint: DidYouMean(suggestion));

    internal static Diagnostic TwoStances(string field, string actorId, string issueId, int firstLine) =>
        Error(DuplicateStance, $"{field}: actor '{actorId}' already has a stance on issue '{issueId}' (line {firstLine}).", field, hint: "Keep one of them.");

    internal static Diagnostic NoIssue() =>
        Error(NoIssues, "the scenario has no issues.", "issues", hint: "Add at least one issue.");

    internal static Diagnostic TooLarge(int actors, int issues) =>
        Error(TooManyPairs, string.Create(CultureInfo.InvariantCulture,
            $"the scenario has {actors:N0} actors × {issues:N0} issues = {(long)actors * issues:N0} actor–issue pairs; the limit is {MaxActorsTimesIssues:N0}."),
            "actors", string.Create(CultureInfo.InvariantCulture, $"{(long)actors * issues}"), string.Create(CultureInfo.InvariantCulture, $"at most {MaxActorsTimesIssues:N0} actors × issues"),
            "Split the scenario, or leave out the issues and actors that matter least (docs/reliability.md, Documented limits).");

    internal static Diagnostic NoActor() =>
        Error(NoActors, "the scenario has no actors.", "actors", hint: "Add at least one actor.");

    internal static Diagnostic Unheld(string field, string issueId) =>
        Error(IssueWithoutActors, $"{field}: no actor has a stance on issue '{issueId}'.", field, issueId,
            hint: "Give at least one actor a position and salience on it, or remove the issue.");

    internal static Diagnostic Empty(string field, string issueId) =>
        Error(EmptyIssue, $"{field}: no actor gives issue '{issueId}' a positive salience.", field, issueId,
            hint: "An issue nobody cares about cannot be bargained over; raise a salience or remove the issue.");

    internal static Diagnostic Setting(string field, string kind) =>
        Error(SettingNotScalar, $"{field} is {kind}; a model setting is a single value.", field,
            hint: "Write it as name: value, e.g. rounds: 10.");

    internal static Diagnostic ZeroSalience(string field, string actorId) =>
        Error(KtabZeroSalience, $"{field}: actor '{actorId}' gives every dimension salience 0.", field, "0", "a positive total",
            "KTAB needs every actor to care about something (its distance and challenge weight divide by the total salience); raise a salience or remove the actor.");

    internal static Diagnostic Layout(string message, string? hint = null) =>
        Error(TableLayout, message, hint: hint);
}
