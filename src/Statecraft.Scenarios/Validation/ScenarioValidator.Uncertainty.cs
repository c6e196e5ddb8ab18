using System.Collections.Immutable;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;
using Statecraft.Scenarios.Dto;

namespace Statecraft.Scenarios.Validation;

/// <summary>Checks the uncertainty section: noise levels in range, overrides that name a known actor or issue, set something, and do not repeat.</summary>
/// <remarks>
/// Rationales are stored under <c>uncertainty</c> (the defaults) and <c>uncertainty.&lt;actor&gt;.&lt;issue&gt;</c> per
/// override, with <c>*</c> for a side the override leaves open (e.g. <c>uncertainty.IRN.*</c>).
/// </remarks>
internal sealed partial class ScenarioValidator
{
    private const string PositionShareHint = "positionShare is σ of the position noise as a share of the issue's scale width: 0.05 is 5 points on a 0–100 scale.";

    private const string SigmaHint = "A σ of the log-normal noise: 0.2 makes ×1.22 as likely as ÷1.22 at one standard deviation.";

    private UncertaintySpec? ValidateUncertainty(UncertaintyDto? dto, ImmutableDictionary<string, string>.Builder rationales)
    {
        if (dto is null)
        {
            return null;
        }

        var position = Noise(dto.PositionShare, "uncertainty.positionShare", 1, PositionShareHint);
        var salience = Noise(dto.SalienceSigma, "uncertainty.salienceSigma", UncertaintySpec.MaxSigma, SigmaHint);
        var capability = Noise(dto.CapabilitySigma, "uncertainty.capabilitySigma", UncertaintySpec.MaxSigma, SigmaHint);
        if (dto.Why is { } why)
        {
            rationales["uncertainty"] = why.Text;
        }

        var overrides = new List<UncertaintyOverride>();
        var lines = new Dictionary<(string?, string?), int>();
        foreach (var o in dto.Overrides)
        {
            if (ValidateOverride(o, lines) is { } valid)
            {
                overrides.Add(valid);
                if (o.Why is { } reason)
                {
                    rationales[$"uncertainty.{valid.ActorId ?? "*"}.{valid.IssueId ?? "*"}"] = reason.Text;
                }
            }
        }

        var spec = UncertaintySpec.Default;
        return bag.HasErrors
            ? null
            : spec with
            {
                PositionShare = position ?? spec.PositionShare,
                SalienceSigma = salience ?? spec.SalienceSigma,
                CapabilitySigma = capability ?? spec.CapabilitySigma,
                Overrides = [.. overrides],
            };
    }

    private UncertaintyOverride? ValidateOverride(UncertaintyOverrideDto o, Dictionary<(string?, string?), int> lines)
    {
        var ok = true;
        if (o.Actor is { } actor && !_actorLines.ContainsKey(actor.Text))
        {
            bag.Add(DiagnosticCatalog.NoSuchActor($"{o.Path}.actor", actor.Text, NearestName.Find(actor.Text, _actorLines.Keys)), actor.At);
            ok = false;
        }

        if (o.Issue is { } issue && !_issues.ContainsKey(issue.Text))
        {
            bag.Add(DiagnosticCatalog.NoSuchIssue($"{o.Path}.issue", issue.Text, NearestName.Find(issue.Text, _issues.Keys)), issue.At);
            ok = false;
        }

        if (o.Actor is null && o.Issue is null)
        {
            bag.Add(DiagnosticCatalog.Override(o.Path, "names neither an actor nor an issue.",
                "Give actor:, issue: or both; the defaults for everyone go directly under uncertainty:."), o.At);
            ok = false;
        }

        var position = Noise(o.PositionShare, $"{o.Path}.positionShare", 1, PositionShareHint);
        var salience = Noise(o.SalienceSigma, $"{o.Path}.salienceSigma", UncertaintySpec.MaxSigma, SigmaHint);
        var capability = Noise(o.CapabilitySigma, $"{o.Path}.capabilitySigma", UncertaintySpec.MaxSigma, SigmaHint);
        if (o.CapabilitySigma is { } c && o.Issue is not null)
        {
            bag.Add(DiagnosticCatalog.Override($"{o.Path}.capabilitySigma", "is set for one issue, but capability belongs to the actor.",
                "Move capabilitySigma to an override with actor: only."), c.At);
            ok = false;
        }

        if (o.PositionShare is null && o.SalienceSigma is null && o.CapabilitySigma is null)
        {
            bag.Add(DiagnosticCatalog.Override(o.Path, "sets no noise level.", "Add positionShare, salienceSigma or capabilitySigma, or remove the override."), o.At);
            ok = false;
        }

        var key = (o.Actor?.Text, o.Issue?.Text);
        if (ok && !lines.TryAdd(key, o.At.Line))
        {
            bag.Add(DiagnosticCatalog.Override(o.Path, $"repeats the override of ({key.Item1 ?? "*"}, {key.Item2 ?? "*"}) at line {lines[key]}.",
                "Merge the two into one override."), o.At);
            ok = false;
        }

        return ok && (o.PositionShare is null || position is not null) && (o.SalienceSigma is null || salience is not null) && (o.CapabilitySigma is null || capability is not null)
            ? new UncertaintyOverride(o.Actor?.Text, o.Issue?.Text) { PositionShare = position, SalienceSigma = salience, CapabilitySigma = capability }
            : null;
    }

    private double? Noise(NumberValue? value, string field, double max, string hint)
    {
        if (Finite(value, field) is not { } v)
        {
            return null;
        }

        if (!(v >= 0 && v <= max))
        {
            bag.Add(DiagnosticCatalog.Noise(field, value!.Text, max, hint), value.At);
            return null;
        }

        return v;
    }
}
