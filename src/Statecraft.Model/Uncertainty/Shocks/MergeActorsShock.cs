using Statecraft.Model.Domain;

namespace Statecraft.Model.Uncertainty.Shocks;

/// <summary>Merges two actors into one (a coalition that bargains as a bloc), keeping their combined weight on every issue.</summary>
/// <remarks>
/// <para>[Statecraft] rule. With c₁, c₂ the actors' capabilities on issue d (issue-specific when given) and s₁, s₂, x₁, x₂
/// their saliences and positions (an actor without a stance contributes c only):</para>
/// <list type="bullet">
/// <item><description>capability: c = c₁ + c₂ (resources pool); on issue d, c_d = c₁ + c₂ with the issue-specific values;</description></item>
/// <item><description>salience: s_d = (c₁s₁ + c₂s₂) / c_d, so the bloc's weight c_d·s_d equals the sum of the two weights and
/// s_d stays in [0, 1];</description></item>
/// <item><description>position: the weight-averaged x_d = (c₁s₁x₁ + c₂s₂x₂) / (c₁s₁ + c₂s₂), or the plain mean of the two when
/// both weights are 0 (or the one position when only one has a stance).</description></item>
/// </list>
/// <para>So the compromise forecast (§1.3) is unchanged by a merger, while median-type models and dynamic models see one
/// bloc instead of two voices. The merged actor takes the first actor's place in the actor order, the id
/// <see cref="MergedId"/> (default: the first id) and the name <see cref="MergedName"/> (default: "first + second").</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="FirstId">The first actor.</param>
/// <param name="SecondId">The second actor, which disappears.</param>
/// <param name="MergedId">The merged actor's id, if not the first id.</param>
/// <param name="MergedName">The merged actor's name, if not "first + second".</param>
public sealed record MergeActorsShock(string FirstId, string SecondId, string? MergedId = null, string? MergedName = null) : Shock
{
    /// <inheritdoc />
    public override string Description => $"merge '{FirstId}' and '{SecondId}' into '{MergedId ?? FirstId}'";

    /// <inheritdoc />
    public override Scenario Apply(Scenario scenario)
    {
        var first = RequireActor(scenario, FirstId);
        var second = RequireActor(scenario, SecondId);
        if (FirstId == SecondId)
        {
            throw new ArgumentException($"An actor cannot merge with itself ('{FirstId}').");
        }

        var id = MergedId ?? FirstId;
        if (id != FirstId && id != SecondId && scenario.FindActor(id) is not null)
        {
            throw new ArgumentException($"The merged id '{id}' is already used by another actor.");
        }

        var capability = first.Capability + second.Capability;
        var merged = new Actor(id, MergedName ?? $"{first.Name} + {second.Name}", capability, first.Description, first.Group == second.Group ? first.Group : null);
        var actors = scenario.Actors.Where(a => a.Id != SecondId).Select(a => a.Id == FirstId ? merged : a).ToArray();

        var stances = new List<Stance>(scenario.Stances.Length);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var st in scenario.Stances)
        {
            if (st.ActorId != FirstId && st.ActorId != SecondId)
            {
                stances.Add(st);
            }
            else if (done.Add(st.IssueId))
            {
                stances.Add(Merge(scenario, first, second, st.IssueId, id, capability));
            }
        }

        return Rebuild(scenario, actors, stances);
    }

    private static Stance Merge(Scenario scenario, Actor first, Actor second, string issueId, string id, double capability)
    {
        var has1 = scenario.TryGetStance(first.Id, issueId, out var s1);
        var has2 = scenario.TryGetStance(second.Id, issueId, out var s2);
        var c1 = has1 ? s1.Capability ?? first.Capability : first.Capability;
        var c2 = has2 ? s2.Capability ?? second.Capability : second.Capability;
        var w1 = has1 ? c1 * s1.Salience : 0;
        var w2 = has2 ? c2 * s2.Salience : 0;
        var cd = c1 + c2;
        var w = w1 + w2;
        double x;
        if (has1 && has2)
        {
            x = w > 0 ? ((w1 * s1.Position) + (w2 * s2.Position)) / w : (s1.Position + s2.Position) / 2;
        }
        else
        {
            x = has1 ? s1.Position : s2.Position;
        }

        // Keep the weighted mean on the scale despite rounding.
        var scale = scenario.FindIssue(issueId)!.Scale;
        x = Math.Clamp(x, scale.Min, scale.Max);
        var s = Math.Min(1, w / cd);
        return new Stance(id, issueId, x, s, cd == capability ? null : cd);
    }
}
