using System.Collections.Immutable;
using Statecraft.Model.Domain;
using Statecraft.Scenarios.Dto;

namespace Statecraft.Scenarios.Validation;

/// <summary>Checks a scenario as read (any format) and builds the immutable <see cref="Scenario"/> when nothing is wrong.</summary>
/// <remarks>
/// Every check runs, so one pass reports every problem: required fields, finiteness, capability &gt; 0, scales,
/// positions on their scale, saliences in range (with a "did you mean" share), KTAB salience sums, unique ids,
/// references to issues and actors (with the nearest id), empty issues, and conflicts. Not thread-safe: one instance
/// per read.
/// </remarks>
internal sealed partial class ScenarioValidator(DiagnosticBag bag)
{
    private readonly Dictionary<string, ValidIssue> _issues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _actorLines = new(StringComparer.Ordinal);

    private sealed record ValidIssue(IssueDto Dto, string Id, IssueScale? Scale);

    public Scenario? Validate(ScenarioDto dto)
    {
        var title = Required(dto.Title, "title", dto.At);
        if (dto.Issues.Count == 0)
        {
            bag.Add(DiagnosticCatalog.NoIssue(), dto.At);
        }

        if (dto.Actors.Count == 0)
        {
            bag.Add(DiagnosticCatalog.NoActor(), dto.At);
        }

        if ((long)dto.Actors.Count * dto.Issues.Count > DiagnosticCatalog.MaxActorsTimesIssues)
        {
            bag.Add(DiagnosticCatalog.TooLarge(dto.Actors.Count, dto.Issues.Count), dto.At);
            return null;
        }

        var issues = dto.Issues.Select(ValidateIssue).ToList();
        var actors = dto.Actors.Select(ValidateActor).ToList();
        var stances = new List<Stance>();
        var rationales = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        ValidateStances(dto, stances, rationales);
        for (var k = 0; k < dto.Issues.Count; k++)
        {
            ValidateCoverage(dto.Issues[k], dto);
            if (ValidateConflict(dto.Issues[k]) is { } conflict && issues[k] is { } issue)
            {
                issues[k] = issue with { Conflict = conflict };
            }
        }

        foreach (var issue in dto.Issues)
        {
            if (issue.Id is { } id && issue.ReferencePointRationale is { } r)
            {
                rationales[$"issues.{id.Text}.referencePoint"] = r.Text;
            }

            if (issue.Id is { } cid && issue.Conflict?.CostRationale is { } cr)
            {
                rationales[$"issues.{cid.Text}.conflict.costPerRound"] = cr.Text;
            }
        }

        foreach (var actor in dto.Actors)
        {
            if (actor.Id is { } id && actor.CapabilityRationale is { } r)
            {
                rationales[$"actors.{id.Text}.capability"] = r.Text;
            }
        }

        var arena = ValidateArena(dto.Arena, actors.OfType<Actor>(), rationales);
        var uncertainty = ValidateUncertainty(dto.Uncertainty, rationales);
        if (bag.HasErrors || title is null)
        {
            return null;
        }

        var metadata = new ScenarioMetadata(title.Text)
        {
            Id = dto.Id?.Text,
            Description = dto.Description?.Text,
            AsOf = dto.AsOf,
            Sources = [.. dto.Sources.Select(s => s.Text)],
            Assumptions = [.. dto.Assumptions.Select(s => s.Text)],
        };
        var models = ImmutableDictionary.CreateBuilder<string, ModelSettings>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in dto.Models)
        {
            models[m.Name.Text] = ModelSettings.From(m.Options.Select(o => KeyValuePair.Create(o.Key.Text, o.Value.Text)));
        }

        return new Scenario(metadata, actors.OfType<Actor>(), issues.OfType<Issue>(), stances)
        {
            ModelSettings = models.ToImmutable(),
            Rationales = rationales.ToImmutable(),
            Seed = dto.Seed,
            Arena = arena,
            Uncertainty = uncertainty,
        };
    }

    private Issue? ValidateIssue(IssueDto dto)
    {
        var id = Required(dto.Id, $"{dto.Path}.id", dto.At);
        var name = Required(dto.Name, $"{dto.Path}.name", dto.At);
        var min = Finite(dto.Min, $"{dto.Path}.scale.min");
        var max = Finite(dto.Max, $"{dto.Path}.scale.max");
        IssueScale? scale = null;
        if ((dto.Min is null || min is not null) && (dto.Max is null || max is not null))
        {
            var lo = min ?? 0;
            var hi = max ?? 100;
            var minOut = Math.Abs(lo) > DiagnosticCatalog.MaxScaleEnd;
            if (minOut || Math.Abs(hi) > DiagnosticCatalog.MaxScaleEnd)
            {
                var (end, number) = minOut ? ("min", dto.Min!) : ("max", dto.Max!);
                bag.Add(DiagnosticCatalog.Bounds($"{dto.Path}.scale.{end}", number.Text, "[-1e9, 1e9]", "Rescale the issue, e.g. to 0–100."), number.At);
            }
            else if (lo < hi && hi - lo < DiagnosticCatalog.MinScaleWidth)
            {
                bag.Add(DiagnosticCatalog.Bounds($"{dto.Path}.scale", $"{dto.Min?.Text ?? "0"}..{dto.Max?.Text ?? "100"}", "a width max − min of at least 1e-9",
                    "Rescale the issue, e.g. to 0–100."), dto.ScaleAt.IsKnown ? dto.ScaleAt : dto.At);
            }
            else if (lo < hi)
            {
                scale = new IssueScale(lo, hi, ValidLabels(dto, lo, hi, id?.Text ?? "?"));
            }
            else
            {
                bag.Add(DiagnosticCatalog.Scale($"{dto.Path}.scale", dto.Min?.Text ?? "0", dto.Max?.Text ?? "100"),
                    dto.ScaleAt.IsKnown ? dto.ScaleAt : dto.At);
            }
        }

        if (id is not null)
        {
            if (_issues.TryGetValue(id.Text, out var first))
            {
                bag.Add(DiagnosticCatalog.DuplicateIssue($"{dto.Path}.id", id.Text, first.Dto.At.Line), id.At);
            }
            else
            {
                _issues[id.Text] = new ValidIssue(dto, id.Text, scale);
            }
        }

        var reference = OnScale(dto.ReferencePoint, $"{dto.Path}.referencePoint", scale, id);
        var outcome = OnScale(dto.Outcome, $"{dto.Path}.outcome", scale, id);
        if (id is null || name is null || scale is null)
        {
            return null;
        }

        return new Issue(id.Text, name.Text, scale)
        {
            Description = dto.Description?.Text,
            Group = dto.Group?.Text,
            ReferencePoint = reference,
            Outcome = outcome,
            Flags = [.. dto.Flags.Select(f => f.Text)],
        };
    }

    private List<ScaleLabel> ValidLabels(IssueDto dto, double min, double max, string issueId)
    {
        var labels = new List<ScaleLabel>();
        foreach (var (value, label) in dto.Labels)
        {
            var field = $"{dto.Path}.scale.labels.{value.Text}";
            if (Finite(value, field) is { } v)
            {
                if (v < min || v > max)
                {
                    bag.Add(DiagnosticCatalog.OffScale(field, value.Text, issueId, min, max), value.At);
                }
                else
                {
                    labels.Add(new ScaleLabel(v, label.Text));
                }
            }
        }

        return labels;
    }

    private double? OnScale(NumberValue? value, string field, IssueScale? scale, TextValue? issueId)
    {
        if (Finite(value, field) is not { } v)
        {
            return null;
        }

        if (scale is not null && !scale.Contains(v))
        {
            bag.Add(DiagnosticCatalog.OffScale(field, value!.Text, issueId?.Text ?? "?", scale.Min, scale.Max), value.At);
        }

        return v;
    }

    private Actor? ValidateActor(ActorDto dto)
    {
        var id = Required(dto.Id, $"{dto.Path}.id", dto.At);
        var name = Required(dto.Name, $"{dto.Path}.name", dto.At);
        var capability = Positive(Required(dto.Capability, $"{dto.Path}.capability", dto.At), $"{dto.Path}.capability");
        if (id is not null && !_actorLines.TryAdd(id.Text, dto.At.Line))
        {
            bag.Add(DiagnosticCatalog.DuplicateActor($"{dto.Path}.id", id.Text, _actorLines[id.Text]), id.At);
            return null;
        }

        return id is null || name is null || capability is null
            ? null
            : new Actor(id.Text, name.Text, capability.Value, dto.Description?.Text, dto.Group?.Text);
    }

    private T? Required<T>(T? value, string field, SourceSpan at)
        where T : class
    {
        if (value is null && !bag.HasErrorFor(field))
        {
            bag.Add(DiagnosticCatalog.Missing(field), at);
        }

        return value;
    }

    private double? Finite(NumberValue? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Text.Trim().Length > DiagnosticCatalog.MaxNumberLength)
        {
            bag.Add(DiagnosticCatalog.LongNumber(field, value.Text.Trim()), value.At);
            return null;
        }

        if (!double.IsFinite(value.Value))
        {
            bag.Add(DiagnosticCatalog.Infinite(field, value.Text), value.At);
            return null;
        }

        return value.Value;
    }

    private double? Positive(NumberValue? value, string field)
    {
        if (Finite(value, field) is not { } v)
        {
            return null;
        }

        if (v <= 0)
        {
            bag.Add(DiagnosticCatalog.Capability(field, value!.Text), value.At);
            return null;
        }

        if (v is < DiagnosticCatalog.MinCapability or > DiagnosticCatalog.MaxCapability)
        {
            bag.Add(DiagnosticCatalog.Bounds(field, value!.Text, "[1e-9, 1e9]",
                "Capabilities are ratios: divide or multiply every actor's capability by the same factor to bring them into range."), value.At);
            return null;
        }

        return v;
    }
}
