using System.Globalization;
using Statecraft.Scenarios.Dto;
using Statecraft.Scenarios.Formats.Ktab;
using Statecraft.Scenarios.Formats.Text;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Formats.ActorTable;

/// <summary>The one-issue actor table of expected-utility studies: <c>Actor,Capability,Position,Salience</c>.</summary>
/// <remarks>
/// <para>The layout of Bueno de Mesquita's published tables (e.g. the EC car-emission case, Bueno de Mesquita 1994,
/// table p. 78). Salience is a share in [0, 1]; capability any positive ratio-scale number. Optional directive
/// comments above the header: <c># title:</c>, <c># issue:</c>, <c># issueName:</c>, <c># scale: min max</c> and
/// <c># salienceScale: percent</c>. Without <c># scale:</c>, the issue's scale runs from the smallest to the largest
/// position in the table (the range the expected-utility model normalises distances by). Field reference:
/// <c>docs/formats/actor-table.md</c>.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class ActorTableFormat : IScenarioFormat
{
    private static readonly string[] Columns = ["Actor", "Capability", "Position", "Salience"];
    private static readonly string[] DirectiveKeys = ["title", "issue", "issueName", "scale", "salienceScale"];

    /// <inheritdoc/>
    public string Name => "actor-table";

    /// <inheritdoc/>
    public string Description => "One-issue actor table Actor,Capability,Position,Salience (expected-utility studies; docs/formats/actor-table.md)";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".csv"];

    /// <inheritdoc/>
    public bool CanRead(string fileName, ReadOnlySpan<char> head)
    {
        foreach (var range in head.Split('\n'))
        {
            var line = head[range].Trim();
            if (line.IsEmpty || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.ToString().Split(',').Select(c => c.Trim().Trim('"')).ToArray();
            return cells.SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase);
        }

        return false;
    }

    /// <inheritdoc/>
    public ScenarioReadResult Read(string text, string fileName, ScenarioReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bag = new DiagnosticBag(fileName, text);
        var dto = ReadDto(text, fileName, bag);
        var scenario = dto is null ? null : new ScenarioValidator(bag).Validate(dto);
        return new ScenarioReadResult(bag.HasErrors ? null : scenario, bag.ToSortedArray());
    }

    private static ScenarioDto? ReadDto(string text, string fileName, DiagnosticBag bag)
    {
        var directives = Directives.Read(text, "#", DirectiveKeys);
        var lines = CsvTable.Read(text, ',', '"', bag, '#');
        if (lines.Count == 0 || !lines[0].Cells.Select(c => c.Text).SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase))
        {
            bag.Add(DiagnosticCatalog.Layout(
                $"the header must be {string.Join(",", Columns)}; found {(lines.Count == 0 ? "nothing" : string.Join(",", lines[0].Cells.Select(c => c.Text)))}.",
                "Example: Actor,Capability,Position,Salience then one line per actor, e.g. Germany,0.16,4,0.80."), lines.Count == 0 ? new(1, 1) : lines[0].At);
            return null;
        }

        var stem = Path.GetFileNameWithoutExtension(fileName);
        var dto = new ScenarioDto
        {
            Title = directives.GetValueOrDefault("title") ?? new TextValue(stem, SourceSpan.None),
            PercentDeclarationHint = "add a `# salienceScale: percent` line above the header",
        };
        if (directives.TryGetValue("salienceScale", out var scale))
        {
            dto.SalienceScale = scale.Text.Equals("percent", StringComparison.OrdinalIgnoreCase) ? SalienceScaleKind.Percent : SalienceScaleKind.Unit;
            if (!scale.Text.Equals("percent", StringComparison.OrdinalIgnoreCase) && !scale.Text.Equals("unit", StringComparison.OrdinalIgnoreCase))
            {
                bag.Add(DiagnosticCatalog.Word("salienceScale", $"'{scale.Text}'", ["unit", "percent"]), scale.At);
            }
        }

        var issueId = directives.GetValueOrDefault("issue") ?? new TextValue(stem, SourceSpan.None);
        var issue = new IssueDto("issues[0]", lines[0].At)
        {
            Id = issueId,
            Name = directives.GetValueOrDefault("issueName") ?? issueId,
        };
        dto.Issues.Add(issue);
        for (var r = 1; r < lines.Count; r++)
        {
            var row = lines[r];
            var path = $"actors[{r - 1}]";
            if (row.Count != Columns.Length && !(row.Count > Columns.Length && row.Cells.Skip(Columns.Length).All(c => c.Text.Length == 0)))
            {
                bag.Add(DiagnosticCatalog.Layout($"this line has {row.Count} cells; expected 4 (Actor,Capability,Position,Salience)."), row.At);
            }

            var actor = new ActorDto(path, row.At)
            {
                Id = row.Text(0).Length > 0 ? new TextValue(row.Text(0), row.CellAt(0)) : null,
                Capability = KtabCsvFormat.Number(row, 1, $"{path}.capability", bag),
            };
            actor.Name = actor.Id;
            actor.Stances.Add(new StanceDto($"{path}.stances.{issueId.Text}", row.CellAt(2), issueId)
            {
                Position = KtabCsvFormat.Number(row, 2, $"{path}.stances.{issueId.Text}.position", bag),
                Salience = KtabCsvFormat.Number(row, 3, $"{path}.stances.{issueId.Text}.salience", bag),
            });
            dto.Actors.Add(actor);
        }

        SetScale(issue, dto, directives.GetValueOrDefault("scale"), bag);
        return dto;
    }

    private static void SetScale(IssueDto issue, ScenarioDto dto, TextValue? declared, DiagnosticBag bag)
    {
        if (declared is not null)
        {
            var parts = declared.Text.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && NumberText.TryParse(parts[0], out var lo) && NumberText.TryParse(parts[1], out var hi))
            {
                issue.Min = new NumberValue(lo, parts[0], declared.At);
                issue.Max = new NumberValue(hi, parts[1], declared.At);
                issue.ScaleAt = declared.At;
            }
            else
            {
                bag.Add(DiagnosticCatalog.Type("scale", $"'{declared.Text}'", "two numbers, min and max") with { Hint = "Example: # scale: 0 10" }, declared.At);
            }

            return;
        }

        var positions = dto.Actors.SelectMany(a => a.Stances).Select(s => s.Position).OfType<NumberValue>().Where(p => double.IsFinite(p.Value)).ToList();
        if (positions.Count == 0)
        {
            return;
        }

        var min = positions.MinBy(p => p.Value)!;
        var max = positions.MaxBy(p => p.Value)!;
        issue.Min = min with { Text = min.Value.ToString("R", CultureInfo.InvariantCulture) };
        issue.Max = max with { Text = max.Value.ToString("R", CultureInfo.InvariantCulture) };
        issue.ScaleAt = min.At;
        if (min.Value >= max.Value)
        {
            bag.Add(DiagnosticCatalog.Error(DiagnosticCatalog.ScaleMinNotBelowMax,
                $"every position is {min.Text}, so the issue's scale cannot be taken from the data.",
                "issues[0].scale", min.Text, "min < max", "Declare the scale above the header, e.g. # scale: 0 10."), min.At);
            issue.Min = null;
            issue.Max = null;
        }
    }
}
