using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Formats.Deu;

/// <summary>Parses and checks the issue rows of a DEU file against its layout, collecting every problem.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class DeuRowParser
{
    /// <summary>Parses every row after the header.</summary>
    /// <param name="records">All records, header first.</param>
    /// <param name="layout">The header's column map.</param>
    /// <param name="file">The file name for diagnostics.</param>
    /// <param name="diagnostics">Receives the problems found.</param>
    /// <returns>The rows that could be parsed, in file order.</returns>
    public static ImmutableArray<DeuRow> Parse(ImmutableArray<CsvRecord> records, DeuLayout layout, string file, List<Diagnostic> diagnostics)
    {
        var rows = ImmutableArray.CreateBuilder<DeuRow>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var proposals = new Dictionary<string, (string Procedure, string Name)>(StringComparer.Ordinal);
        var width = records[0].Fields.Length;
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Length != width)
            {
                diagnostics.Add(DeuMessages.FieldCount(file, record, width));
            }

            var before = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            CsvField? Field(int index) => index >= 0 && index < record.Fields.Length ? record.Fields[index] : null;
            string Text(string column) => Field(layout.IndexOf(column))?.Value.Trim() ?? string.Empty;

            var issueId = Text("isnr");
            var proposal = Text("prnr");
            if (issueId.Length == 0)
            {
                diagnostics.Add(DeuMessages.MissingId(file, record, Field(layout.IndexOf("isnr")), "isnr"));
            }

            if (proposal.Length == 0)
            {
                diagnostics.Add(DeuMessages.MissingId(file, record, Field(layout.IndexOf("prnr")), "prnr"));
            }

            var label = issueId.Length > 0 ? issueId : $"line {record.Line.ToString(CultureInfo.InvariantCulture)}";
            double? Number(int index, string name)
            {
                if (Field(index) is not { } field || string.IsNullOrWhiteSpace(field.Value))
                {
                    return null;
                }

                if (!double.TryParse(field.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || double.IsNaN(v))
                {
                    diagnostics.Add(DeuMessages.NotANumber(file, record, field, name));
                    return null;
                }

                if (v is < 0 or > 100 || double.IsInfinity(v))
                {
                    diagnostics.Add(DeuMessages.OutOfRange(file, record, field, name, v));
                    return null;
                }

                return v;
            }

            var rp = Number(layout.IndexOf("rp"), $"{label}.rp");
            var outcome = Number(layout.IndexOf("out"), $"{label}.out");
            var positions = ImmutableArray.CreateBuilder<double?>(layout.Actors.Length);
            var saliences = ImmutableArray.CreateBuilder<double?>(layout.Actors.Length);
            for (var k = 0; k < layout.Actors.Length; k++)
            {
                var actor = layout.Actors[k];
                var x = Number(layout.PositionColumns[k], $"{label}.p{actor}");
                var s = Number(layout.SalienceColumns[k], $"{label}.s{actor}");
                if (x is null && s is > 0 && Field(layout.SalienceColumns[k]) is { } sf && IsBlank(Field(layout.PositionColumns[k])))
                {
                    diagnostics.Add(DeuMessages.SalienceWithoutPosition(file, record, sf, label, actor));
                }
                else if (s is null && x is not null && Field(layout.PositionColumns[k]) is { } pf && IsBlank(Field(layout.SalienceColumns[k])))
                {
                    diagnostics.Add(DeuMessages.PositionWithoutSalience(file, record, pf, label, actor));
                }

                positions.Add(x);
                saliences.Add(s);
            }

            if (issueId.Length > 0)
            {
                if (firstLine.TryGetValue(issueId, out var first))
                {
                    diagnostics.Add(DeuMessages.DuplicateIssue(file, record, Field(layout.IndexOf("isnr"))!.Value, first));
                }
                else
                {
                    firstLine[issueId] = record.Line;
                }
            }

            var procedure = Text("cod");
            var name = Text("prname");
            if (proposal.Length > 0)
            {
                if (proposals.TryGetValue(proposal, out var known))
                {
                    if (known.Procedure != procedure && Field(layout.IndexOf("cod")) is { } cf)
                    {
                        diagnostics.Add(DeuMessages.InconsistentProposal(file, record, cf, "cod", proposal, known.Procedure));
                    }

                    if (known.Name != name && Field(layout.IndexOf("prname")) is { } nf)
                    {
                        diagnostics.Add(DeuMessages.InconsistentProposal(file, record, nf, "prname", proposal, known.Name));
                    }

                    (procedure, name) = known;
                }
                else
                {
                    proposals[proposal] = (procedure, name);
                }
            }

            if (diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) > before)
            {
                continue;
            }

            var row = new DeuRow(record, issueId, proposal, procedure, name, rp, outcome, positions.MoveToImmutable(), saliences.MoveToImmutable());
            if (!Enumerable.Range(0, layout.Actors.Length).Any(row.Counts))
            {
                diagnostics.Add(DeuMessages.NoCountedActor(file, record, issueId));
            }

            rows.Add(row);
        }

        return rows.ToImmutable();
    }

    private static bool IsBlank(CsvField? field) => field is null || string.IsNullOrWhiteSpace(field.Value.Value);
}
