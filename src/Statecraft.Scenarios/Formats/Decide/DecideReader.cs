using Statecraft.Model.Domain;
using Statecraft.Scenarios.Dto;
using Statecraft.Scenarios.Formats.Ktab;
using Statecraft.Scenarios.Formats.Text;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Formats.Decide;

/// <summary>Turns decide rows into a <see cref="ScenarioDto"/>; not thread-safe, one instance per read.</summary>
internal sealed class DecideReader(DiagnosticBag bag, string fileName)
{
    private readonly Dictionary<string, ActorDto> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IssueDto> _issues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NumberValue>> _points = new(StringComparer.Ordinal);

    public ScenarioDto Read(List<CsvLine> rows, Dictionary<string, TextValue> directives)
    {
        var dto = new ScenarioDto
        {
            Title = new TextValue(Path.GetFileNameWithoutExtension(fileName), SourceSpan.None),
            PercentDeclarationHint = "add a row `#/ salienceScale: percent`",
        };
        if (directives.TryGetValue("salienceScale", out var scale) && scale.Text.Equals("percent", StringComparison.OrdinalIgnoreCase))
        {
            dto.SalienceScale = SalienceScaleKind.Percent;
        }

        foreach (var row in rows)
        {
            switch (row.Text(0))
            {
                case "#A": Actor(dto, row); break;
                case "#P": Issue(dto, row); break;
                case "#M": Point(row); break;
                case "#D": Data(row); break;
                case "#O":
                    if (row.Text(1).Length > 0)
                    {
                        dto.Title = new TextValue(row.Text(1), row.CellAt(1));
                    }

                    break;
                case var tag when tag.StartsWith("#/", StringComparison.Ordinal): break;
                case var tag:
                    bag.Add(DiagnosticCatalog.Error(DiagnosticCatalog.UnknownTag, $"'{tag}' is not a decide row tag.", "tag", tag,
                        "#A, #P, #M, #D, #/, #O", "Rows start with #A (actor), #P (issue), #M (scale point), #D (data), #/ (comment) or #O (title)."), row.CellAt(0));
                    break;
            }
        }

        foreach (var (id, issue) in _issues)
        {
            if (_points.TryGetValue(id, out var points) && points.Count > 0)
            {
                issue.Min = points.MinBy(p => p.Value);
                issue.Max = points.MaxBy(p => p.Value);
                issue.ScaleAt = issue.Min!.At;
            }
        }

        foreach (var actor in dto.Actors)
        {
            var powers = actor.Stances.Select(s => s.Capability).OfType<NumberValue>().Where(p => double.IsFinite(p.Value)).ToList();
            actor.Capability = powers.Count == 0 ? new NumberValue(1, "1", actor.At) : powers.MaxBy(p => p.Value);
            if (actor.Capability!.Value <= 0)
            {
                actor.Capability = new NumberValue(1, "1", actor.At);
            }
        }

        return dto;
    }

    private void Actor(ScenarioDto dto, CsvLine row)
    {
        var actor = new ActorDto($"actors[{dto.Actors.Count}]", row.At);
        if (Key(row, "#A") is { } key)
        {
            actor.Id = key;
            actor.Name = row.Text(2).Length > 0 ? new TextValue(row.Text(2), row.CellAt(2)) : key;
            actor.Description = row.Text(3).Length > 0 ? new TextValue(row.Text(3), row.CellAt(3)) : null;
            _actors.TryAdd(key.Text, actor);
        }

        dto.Actors.Add(actor);
    }

    private void Issue(ScenarioDto dto, CsvLine row)
    {
        var issue = new IssueDto($"issues[{dto.Issues.Count}]", row.At);
        if (Key(row, "#P") is { } key)
        {
            issue.Id = key;
            issue.Name = row.Text(2).Length > 0 ? new TextValue(row.Text(2), row.CellAt(2)) : key;
            issue.Description = row.Text(3).Length > 0 ? new TextValue(row.Text(3), row.CellAt(3)) : null;
            _issues.TryAdd(key.Text, issue);
        }

        dto.Issues.Add(issue);
    }

    private void Point(CsvLine row)
    {
        var issueId = row.Text(1);
        if (!_issues.TryGetValue(issueId, out var issue))
        {
            bag.Add(DiagnosticCatalog.NoSuchIssue("#M", issueId, NearestName.Find(issueId, _issues.Keys)) with
            {
                Hint = $"{DiagnosticCatalog.DidYouMean(NearestName.Find(issueId, _issues.Keys))} An issue's #P row must come before its #M rows.".TrimStart(),
            }, row.CellAt(1));
            return;
        }

        if (KtabCsvFormat.Number(row, 2, $"{issue.Path}.scale", bag) is not { } value)
        {
            if (row.Text(2).Length == 0)
            {
                bag.Add(DiagnosticCatalog.Missing($"{issue.Path}.scale value"), row.CellAt(2));
            }

            return;
        }

        if (!_points.TryGetValue(issueId, out var list))
        {
            _points[issueId] = list = [];
        }

        list.Add(value);
        if (row.Text(3).Length > 0)
        {
            issue.Labels.Add((value, new TextValue(row.Text(3), row.CellAt(3))));
        }
    }

    private void Data(CsvLine row)
    {
        var actorId = row.Text(1);
        var issueId = row.Text(2);
        if (!_actors.TryGetValue(actorId, out var actor))
        {
            bag.Add(DiagnosticCatalog.NoSuchActor("#D", actorId, NearestName.Find(actorId, _actors.Keys)), row.CellAt(1));
            return;
        }

        var path = $"{actor.Path}.stances.{issueId}";
        var stance = new StanceDto(path, row.At, new TextValue(issueId, row.CellAt(2)))
        {
            Position = KtabCsvFormat.Number(row, 3, $"{path}.position", bag),
            Salience = KtabCsvFormat.Number(row, 4, $"{path}.salience", bag),
            Capability = KtabCsvFormat.Number(row, 5, $"{path}.capability", bag),
            Why = row.Text(6).Length > 0 ? new TextValue(row.Text(6), row.CellAt(6)) : null,
        };
        if (stance.Capability is null && row.Text(5).Length == 0)
        {
            bag.Add(DiagnosticCatalog.Missing($"{path}.capability (power)"), row.CellAt(5));
        }

        actor.Stances.Add(stance);
    }

    private TextValue? Key(CsvLine row, string tag)
    {
        if (row.Text(1).Length > 0)
        {
            return new TextValue(row.Text(1), row.CellAt(1));
        }

        bag.Add(DiagnosticCatalog.Missing($"the key of this {tag} row"), row.CellAt(1));
        return null;
    }
}
