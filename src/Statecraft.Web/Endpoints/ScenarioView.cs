using Statecraft.Model.Domain;
using Statecraft.Scenarios;
using Statecraft.Scenarios.Formats;
using Statecraft.Scenarios.Validation;
using Statecraft.Web.Hosting;

namespace Statecraft.Web.Endpoints;

/// <summary>A scenario as the editor opens it: the native YAML text it edits, the issues with their scales, the actors,
/// the diagnostics (the first <see cref="DiagnosticLimit.MaxShown"/>, then a note counting the rest) and the number of
/// errors.</summary>
internal sealed record ScenarioView(string Name, string? Yaml, string? Title, IReadOnlyList<ScenarioView.IssueView> Issues, IReadOnlyList<ScenarioView.ActorView> Actors, bool HasArena, bool HasOutcomes, IReadOnlyList<DiagnosticView> Diagnostics, int Errors)
{
    public static ScenarioView From(string name, ScenarioReadResult result)
    {
        var diagnostics = DiagnosticView.Shown(result.Diagnostics);
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (!result.IsValid)
        {
            return new ScenarioView(name, null, null, [], [], false, false, diagnostics, errors);
        }

        var s = result.Scenario!;
        return new ScenarioView(
            name,
            NativeScenarioWriter.Write(s),
            s.Metadata.Title,
            [.. s.Issues.Select(IssueView.From)],
            [.. s.Actors.Select(a => new ActorView(a.Id, a.Name))],
            s.Arena is not null,
            s.Issues.Any(i => i.Outcome is not null),
            diagnostics,
            errors);
    }

    internal sealed record IssueView(string Id, string Name, double Min, double Max, IReadOnlyList<LabelView> Labels)
    {
        public static IssueView From(Issue i) => new(i.Id, i.Name, i.Scale.Min, i.Scale.Max, [.. i.Scale.Labels.Select(l => new LabelView(l.Value, l.Label))]);
    }

    internal sealed record LabelView(double Value, string Label);

    internal sealed record ActorView(string Id, string Name);
}
