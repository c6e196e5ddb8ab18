using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Model.Domain;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Formats.Deu;

/// <summary>Turns the text of a DEU file into a scenario: one issue per row, one actor per p/s column pair (§1.6).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class DeuReader
{
    /// <summary>The citation every DEU scenario carries.</summary>
    public const string Citation =
        "Thomson, Arregui, Leuffen, Costello, Cross, Hertz & Jensen (2012), A new dataset on decision-making in the European Union "
        + "before and after the 2004 and 2007 enlargements (DEUII), Journal of European Public Policy 19(4); released with DEU III "
        + "(Arregui & Perarnaud, doi:10.34810/data53) under CC BY 4.0.";

    /// <summary>Reads a DEU file.</summary>
    /// <param name="text">The whole file.</param>
    /// <param name="file">The file name used in diagnostics.</param>
    /// <param name="options">The <c>capability</c> and <c>weights</c> options.</param>
    /// <returns>The scenario (when there is no error) and every diagnostic, sorted by position.</returns>
    public static ScenarioReadResult Read(string text, string file, ScenarioReadOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var scenario = Build(text, file, options, diagnostics);
        var sorted = diagnostics
            .Select((d, k) => (d, k))
            .OrderBy(t => t.d.File == file ? 0 : 1)
            .ThenBy(t => t.d.Line ?? 0)
            .ThenBy(t => t.d.Column ?? 0)
            .ThenBy(t => t.k)
            .Select(t => t.d)
            .ToImmutableArray();
        var failed = sorted.Any(d => d.Severity == DiagnosticSeverity.Error);
        return new ScenarioReadResult(failed ? null : scenario, sorted);
    }

    private static Scenario? Build(string text, string file, ScenarioReadOptions options, List<Diagnostic> diagnostics)
    {
        var convention = DeuCapabilities.ParseOption(options.Get("capability", "votes"), file, diagnostics);
        var table = ReadWeights(options, file, diagnostics);
        var records = CsvTokenizer.Read(text, out var unclosed);
        if (unclosed > 0)
        {
            diagnostics.Add(DeuMessages.UnclosedQuote(file, unclosed));
        }

        if (records.Length < 2)
        {
            diagnostics.Add(DeuMessages.NoRows(file));
            return null;
        }

        var header = records[0];
        var layout = DeuLayout.FromHeader(header);
        var missing = DeuLayout.Required.Where(c => layout.IndexOf(c) < 0).ToList();
        missing.ForEach(c => diagnostics.Add(DeuMessages.MissingColumn(file, header, c)));
        if (layout.Actors.IsEmpty)
        {
            diagnostics.Add(DeuMessages.NoActors(file, header));
        }

        if (missing.Count > 0 || layout.Actors.IsEmpty)
        {
            return null;
        }

        var rows = DeuRowParser.Parse(records, layout, file, diagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return null;
        }

        return Assemble(rows, layout, header, file, new DeuCapabilities(convention, table), convention, diagnostics);
    }

    private static CouncilWeightTable? ReadWeights(ScenarioReadOptions options, string file, List<Diagnostic> diagnostics)
    {
        var name = options.Get("weights", string.Empty);
        if (name.Length == 0)
        {
            return null;
        }

        if (!options.Companions.TryGetValue(name, out var weightsText))
        {
            diagnostics.Add(DeuMessages.WeightsNotGiven(file, name));
            return null;
        }

        return CouncilWeightTable.Parse(weightsText, name, diagnostics);
    }

    private static Scenario? Assemble(
        ImmutableArray<DeuRow> rows, DeuLayout layout, CsvRecord header, string file, DeuCapabilities capabilities,
        DeuCapability convention, List<Diagnostic> diagnostics)
    {
        // Capability of actor k on each proposal, from the table chosen for that proposal.
        var byProposal = rows.GroupBy(r => r.Proposal, StringComparer.Ordinal).ToList();
        var tables = new Dictionary<string, CouncilWeightTable?>(StringComparer.Ordinal);
        foreach (var group in byProposal)
        {
            var withPosition = Enumerable.Range(0, layout.Actors.Length)
                .Where(k => group.Any(r => r.Positions[k] is not null))
                .Select(k => layout.Actors[k]);
            tables[group.Key] = capabilities.TableFor(withPosition);
        }

        var counted = Enumerable.Range(0, layout.Actors.Length)
            .Where(k => !capabilities.Excludes(layout.Actors[k]) && rows.Any(r => r.Counts(k)))
            .ToList();
        var capability = new Dictionary<(int Actor, string Proposal), double>();
        var rationales = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var reported = new HashSet<(int, string)>();
        foreach (var k in counted)
        {
            foreach (var group in byProposal.Where(g => g.Any(r => r.Counts(k))))
            {
                var table = tables[group.Key];
                if (capabilities.Capability(layout.Actors[k], table, out var why) is { } c)
                {
                    capability[(k, group.Key)] = c;
                    rationales.TryAdd($"actors.{layout.Actors[k]}.capability", why);
                }
                else if (reported.Add((k, table!.Name)))
                {
                    diagnostics.Add(DeuMessages.NoWeight(file, header, layout.Actors[k], table.Name, capabilities.Column));
                }
            }
        }

        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return null;
        }

        // An actor's own capability is its value under the last proposal it counts on; stances on proposals whose
        // table gives another value carry that value as an override.
        var actors = new List<Actor>();
        var actorCapability = new Dictionary<int, double>();
        foreach (var k in counted)
        {
            var last = byProposal.Last(g => g.Any(r => r.Counts(k))).Key;
            actorCapability[k] = capability[(k, last)];
            actors.Add(new Actor(layout.Actors[k], ActorName(layout.Actors[k]), actorCapability[k]));
        }

        var issues = new List<Issue>();
        var stances = new List<Stance>();
        foreach (var row in rows)
        {
            issues.Add(ToIssue(row));
            if (row.ReferencePoint is not null)
            {
                rationales[$"issues.{row.IssueId}.referencePoint"] =
                    string.Create(CultureInfo.InvariantCulture, $"DEU column rp, {Path.GetFileName(file)} line {row.Record.Line}.");
            }

            foreach (var k in counted.Where(row.Counts))
            {
                var c = capability[(k, row.Proposal)];
                stances.Add(new Stance(
                    layout.Actors[k], row.IssueId, row.Positions[k]!.Value, row.Saliences[k]!.Value / 100.0,
                    c == actorCapability[k] ? null : c));
            }
        }

        var metadata = new ScenarioMetadata($"DEU: {Path.GetFileName(file)}")
        {
            Description = string.Create(
                CultureInfo.InvariantCulture,
                $"{issues.Count} controversial issues of {byProposal.Count} EU legislative proposals, with the actors' positions and saliences from expert interviews, the reference points and the outcomes."),
            Sources = [Citation],
            Assumptions = [.. Assumptions(convention, tables.Values)],
        };
        // Stances actor by actor, as the native YAML nests them: a DEU file and its converted YAML are then the same
        // scenario, with the same hash and the same Monte Carlo draws (docs/uncertainty.md, "one hash everywhere").
        var actorOrder = actors.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var byActor = stances.OrderBy(st => actorOrder[st.ActorId]).ToList();
        return new Scenario(metadata, actors, issues, byActor) { Rationales = rationales.ToImmutable() };
    }

    private static Issue ToIssue(DeuRow row)
    {
        var number = row.IssueId.StartsWith(row.Proposal, StringComparison.Ordinal)
            ? row.IssueId[row.Proposal.Length..].TrimStart('i', 'I')
            : row.IssueId;
        var name = row.ProposalName.Length == 0 ? row.IssueId : $"{row.ProposalName} ({row.Proposal}), issue {number}";
        var procedure = Procedure(row.Procedure);
        return new Issue(row.IssueId, name, IssueScale.Percent)
        {
            Description = $"Proposal {row.Proposal} {row.Procedure}: {row.ProposalName}. DEU issue {row.IssueId}; positions on 0–100.",
            Group = row.Proposal,
            ReferencePoint = row.ReferencePoint,
            Outcome = row.Outcome,
            Year = Year(row.Procedure),
            Flags = procedure is null ? [] : [procedure],
        };
    }

    /// <summary>Extracts the year from a reference such as <c>2000/0032(COD)</c>: 2000.</summary>
    /// <param name="reference">The <c>cod</c> column as written.</param>
    /// <returns>The year, or <see langword="null"/> when the reference does not start with a four-digit year and a slash.</returns>
    internal static int? Year(string reference) =>
        reference.Length > 5 && reference[4] == '/' && reference[..4].All(char.IsAsciiDigit)
            ? int.Parse(reference[..4], CultureInfo.InvariantCulture)
            : null;

    /// <summary>Extracts the procedure from a reference such as <c>2000/0032(COD)</c>: <c>cod</c>.</summary>
    /// <param name="reference">The <c>cod</c> column as written.</param>
    /// <returns>The procedure in lower case, or <see langword="null"/> when the reference names none.</returns>
    internal static string? Procedure(string reference)
    {
        var open = reference.LastIndexOf('(');
        var close = reference.LastIndexOf(')');
        var code = open >= 0 && close > open ? reference[(open + 1)..close].Trim() : reference.Trim();
        return code.Length > 0 && code.All(char.IsLetter) ? code.ToLowerInvariant() : null;
    }

    private static string ActorName(string code)
    {
        if (string.Equals(code, "com", StringComparison.OrdinalIgnoreCase))
        {
            return "European Commission";
        }

        if (string.Equals(code, "ep", StringComparison.OrdinalIgnoreCase))
        {
            return "European Parliament";
        }

        var name = CouncilWeightTable.Eu27.Find(code)?.Name;
        return name is null ? code : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name);
    }

    private static IEnumerable<string> Assumptions(DeuCapability convention, IEnumerable<CouncilWeightTable?> tables)
    {
        yield return "An actor counts on an issue only with a position and a salience > 0; saliences are divided by 100 (docs/reference/conventions.md §1.6).";
        var used = string.Join(", ", tables.Where(t => t is not null).Select(t => t!.Name).Distinct());
        yield return convention switch
        {
            DeuCapability.Equal => "Every actor has capability 1 (capability = equal).",
            DeuCapability.VoteWeights => $"Capability: Council vote weight divided by the largest member state's (tables: {used}); the Commission and the Parliament get 1.",
            DeuCapability.ShapleyShubik => $"Capability: Shapley–Shubik index divided by the largest member state's (tables: {used}); the Commission and the Parliament get 1.",
            _ => $"Capability: Shapley–Shubik index divided by the largest member state's (tables: {used}); the Commission and the Parliament are left out.",
        };
    }
}
