using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Model.Domain;
using Statecraft.Scenarios.Dto;

namespace Statecraft.Scenarios.Validation;

/// <summary>Stances, issue coverage and conflicts.</summary>
internal sealed partial class ScenarioValidator
{
    private void ValidateStances(ScenarioDto dto, List<Stance> stances, ImmutableDictionary<string, string>.Builder rationales)
    {
        var percent = dto.SalienceScale == SalienceScaleKind.Percent;
        var allSaliences = dto.Actors.SelectMany(a => a.Stances).Select(s => s.Salience).OfType<NumberValue>().ToList();
        var looksPercent = !percent && allSaliences.Count(s => s.Value > 1) >= 2 && allSaliences.All(s => s.Value is >= 0 and <= 100);
        foreach (var actor in dto.Actors)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var sum = 0.0;
            foreach (var st in actor.Stances)
            {
                var issueId = st.IssueId.Text;
                if (!_issues.TryGetValue(issueId, out var issue))
                {
                    bag.Add(DiagnosticCatalog.NoSuchIssue(st.Path, issueId, NearestName.Find(issueId, _issues.Keys)), st.IssueId.At);
                }

                if (!seen.TryAdd(issueId, st.At.Line))
                {
                    bag.Add(DiagnosticCatalog.TwoStances(st.Path, actor.Id?.Text ?? "?", issueId, seen[issueId]), st.At);
                    continue;
                }

                var position = Finite(Required(st.Position, $"{st.Path}.position", st.At), $"{st.Path}.position");
                if (position is { } x && issue?.Scale is { } scale && !scale.Contains(x))
                {
                    bag.Add(DiagnosticCatalog.Position($"{st.Path}.position", st.Position!.Text, issueId, scale.Min, scale.Max), st.Position.At);
                    position = null;
                }

                var salience = Salience(Required(st.Salience, $"{st.Path}.salience", st.At), $"{st.Path}.salience", percent, looksPercent, dto.PercentDeclarationHint);
                sum += st.Salience is { } raw && double.IsFinite(raw.Value) ? raw.Value : 0;
                var capability = Positive(st.Capability, $"{st.Path}.capability");
                if (actor.Id is not { } actorId || issue is null || position is null || salience is null || (st.Capability is not null && capability is null))
                {
                    continue;
                }

                stances.Add(new Stance(actorId.Text, issueId, position.Value, salience.Value, capability));
                var key = $"stances.{actorId.Text}.{issueId}";
                if ((st.PositionRationale ?? st.Why) is { } pr)
                {
                    rationales[$"{key}.position"] = pr.Text;
                }

                if ((st.SalienceRationale ?? st.Why) is { } sr)
                {
                    rationales[$"{key}.salience"] = sr.Text;
                }

                if (st.CapabilityRationale is { } cr)
                {
                    rationales[$"{key}.capability"] = cr.Text;
                }
            }

            if (dto.SalienceSumAtMost100 && sum > 100 + 1e-9)
            {
                bag.Add(DiagnosticCatalog.SalienceSum($"{actor.Path}.stances", actor.Id?.Text ?? "?", Math.Round(sum, 9)), actor.At);
            }
        }
    }

    private double? Salience(NumberValue? value, string field, bool percent, bool looksPercent, string? declarationHint)
    {
        if (Finite(value, field) is not { } v)
        {
            return null;
        }

        var top = percent ? 100 : 1;
        if (v >= 0 && v <= top)
        {
            return v / top;
        }

        string hint;
        if (percent)
        {
            hint = "Saliences on 0–100 are percentages of the actor's attention.";
        }
        else if (v < 0)
        {
            hint = "Salience is a share of attention, from 0 (none) to 1 (all).";
        }
        else
        {
            hint = $"Salience is a share; did you mean {ShareSuggestion(value!.Text, v)}?";
            if (looksPercent && v <= 100 && declarationHint is not null)
            {
                hint += $" If the file gives saliences on 0–100, {declarationHint}.";
            }
        }

        bag.Add(DiagnosticCatalog.Salience(field, value!.Text, percent ? "[0, 100]" : "[0, 1]", hint), value.At);
        return null;
    }

    /// <summary>Divides by the smallest power of ten that brings the value into [0, 1], in decimal so 1.7 gives 0.17.</summary>
    private static string ShareSuggestion(string text, double v)
    {
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            d = (decimal)Math.Min(v, 1e20);
        }

        while (d > 1)
        {
            d /= 10;
        }

        return d.ToString("0.############################", CultureInfo.InvariantCulture);
    }

    private void ValidateCoverage(IssueDto issue, ScenarioDto scenario)
    {
        if (issue.Id is not { } id || !_issues.TryGetValue(id.Text, out var valid) || valid.Dto != issue)
        {
            return;
        }

        var held = issue.Id.Text;
        var any = false;
        var positive = false;
        foreach (var actor in scenario.Actors.SelectMany(a => a.Stances))
        {
            if (actor.IssueId.Text == held)
            {
                any = true;
                positive |= actor.Salience is { } s && s.Value > 0;
            }
        }

        if (!any)
        {
            bag.Add(DiagnosticCatalog.Unheld(issue.Path, held), issue.At);
        }
        else if (!positive)
        {
            bag.Add(DiagnosticCatalog.Empty(issue.Path, held), issue.At);
        }
    }

    private ArmedConflict? ValidateConflict(IssueDto issue)
    {
        if (issue.Conflict is not { } c)
        {
            return null;
        }

        var ok = true;
        if (c.Involved.Count == 0)
        {
            bag.Add(DiagnosticCatalog.Missing($"{c.Path}.involved"), c.At);
            ok = false;
        }

        for (var k = 0; k < c.Involved.Count; k++)
        {
            ok &= KnownActor(c.Involved[k], $"{c.Path}.involved[{k}]");
        }

        var cost = NonNegative(Required(c.CostPerRound, $"{c.Path}.costPerRound", c.At), $"{c.Path}.costPerRound");
        var scale = issue.Id is { } id && _issues.TryGetValue(id.Text, out var vi) ? vi.Scale : null;
        var settlement = OnScale(Required(c.SettlementPoint, $"{c.Path}.settlementPoint", c.At), $"{c.Path}.settlementPoint", scale, issue.Id);
        var costs = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var (actor, value) in c.Costs)
        {
            var field = $"{c.Path}.costs.{actor.Text}";
            ok &= KnownActor(actor, field);
            if (NonNegative(value, field) is { } v)
            {
                costs[actor.Text] = v;
            }
            else
            {
                ok = false;
            }
        }

        return ok && cost is not null && settlement is not null
            ? new ArmedConflict([.. c.Involved.Select(i => i.Text)], cost.Value, settlement.Value) { CostByActor = costs.ToImmutable() }
            : null;
    }

    private bool KnownActor(TextValue id, string field)
    {
        if (_actorLines.ContainsKey(id.Text))
        {
            return true;
        }

        bag.Add(DiagnosticCatalog.NoSuchActor(field, id.Text, NearestName.Find(id.Text, _actorLines.Keys)), id.At);
        return false;
    }

    private double? NonNegative(NumberValue? value, string field)
    {
        if (Finite(value, field) is not { } v)
        {
            return null;
        }

        if (v < 0)
        {
            bag.Add(DiagnosticCatalog.NotNegative(field, value!.Text), value.At);
            return null;
        }

        return v;
    }
}
