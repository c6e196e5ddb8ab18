using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Model.Domain;
using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Spatial;

/// <summary>Turns a scenario into an SMP problem: every issue a dimension, every position normalised to [0, 1].</summary>
/// <remarks>
/// <para>Position x on an issue with scale [L, U] becomes (x − L)/(U − L), as KTAB divides its 0–100 input by 100
/// (§3.2); results are mapped back with L + v·(U − L). Saliences are already shares on [0, 1].</para>
/// <para>Statecraft rules for data KTAB never sees: an actor with no salience at all takes no part and stays where it
/// is; an actor without a stance on an issue gets salience 0 there and sits at the issue's reference point, or else at
/// the capability×salience-weighted mean of the others; an actor whose saliences add up to more than 1 has them
/// divided by their sum; issue-specific capabilities are ignored (SMP has one capability per actor). Each rule that
/// applies leaves a note. The accommodation matrix comes from the <c>ideal-adjustment</c> option (alias
/// <c>affinity</c>): entries <c>adjusting:reference=value</c> (or <c>adjusting&gt;reference=value</c>) separated by
/// <c>;</c>, with actor ids, as the KTAB XML reader writes KTAB's <c>IdealAdjustment</c> pairs; the identity
/// otherwise.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
internal sealed class SmpScenarioMapping
{
    private SmpScenarioMapping(Scenario scenario, ImmutableArray<int> active, double[] positions, SmpProblem? problem, ImmutableArray<string> notes)
    {
        Scenario = scenario;
        Active = active;
        AllPositions = positions;
        Problem = problem;
        Notes = notes;
    }

    /// <summary>Gets the scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>Gets the scenario indices of the actors that take part, ascending; problem actor k is scenario actor Active[k].</summary>
    public ImmutableArray<int> Active { get; }

    /// <summary>Gets every scenario actor's starting position on [0, 1], actors × issues row-major.</summary>
    public double[] AllPositions { get; }

    /// <summary>Gets the problem, or <see langword="null"/> when no actor takes part.</summary>
    public SmpProblem? Problem { get; }

    /// <summary>Gets the notes on data rules applied.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Maps a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="settings">The settings, for the <c>ideal-adjustment</c> option.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ModelOptionException">The <c>ideal-adjustment</c> option is malformed or names an unknown actor.</exception>
    public static SmpScenarioMapping Create(Scenario scenario, ModelSettings settings)
    {
        var actors = scenario.Actors;
        var issues = scenario.Issues;
        int n = actors.Length, dims = issues.Length;
        var notes = new List<string>();
        var x = new double[n * dims];
        var s = new double[n * dims];
        for (var d = 0; d < dims; d++)
        {
            var issue = issues[d];
            double wx = 0, w = 0;
            var missing = new List<int>();
            for (var i = 0; i < n; i++)
            {
                if (scenario.TryGetStance(actors[i].Id, issue.Id, out var st))
                {
                    x[(i * dims) + d] = (st.Position - issue.Scale.Min) / issue.Scale.Range;
                    s[(i * dims) + d] = st.Salience;
                    wx += actors[i].Capability * st.Salience * st.Position;
                    w += actors[i].Capability * st.Salience;
                    if (st.Capability is not null)
                    {
                        notes.Add($"{actors[i].Id} has an issue-specific capability on '{issue.Id}'; the spatial model uses one capability per actor and ignores it.");
                    }
                }
                else
                {
                    missing.Add(i);
                }
            }

            var stand = issue.ReferencePoint ?? (w > 0 ? wx / w : issue.Scale.Min + (issue.Scale.Range / 2));
            foreach (var i in missing)
            {
                x[(i * dims) + d] = Math.Clamp((stand - issue.Scale.Min) / issue.Scale.Range, 0, 1);
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{actors[i].Id} takes no stance on '{issue.Id}': salience 0 there, placed at {stand:0.####}."));
            }
        }

        var active = ImmutableArray.CreateBuilder<int>();
        for (var i = 0; i < n; i++)
        {
            double total = 0;
            for (var d = 0; d < dims; d++)
            {
                total += s[(i * dims) + d];
            }

            if (!(total > 0))
            {
                notes.Add($"{actors[i].Id} has salience 0 on every issue, so it takes no part (docs/reference/spatial.md §3.2) and keeps its position.");
                continue;
            }

            if (total > 1 + 1e-9)
            {
                for (var d = 0; d < dims; d++)
                {
                    s[(i * dims) + d] /= total;
                }

                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{actors[i].Id}'s saliences add up to {total:0.####} > 1; they are divided by their sum, as SMP treats them as shares of attention."));
            }

            active.Add(i);
        }

        var idx = active.ToImmutable();
        if (idx.IsEmpty)
        {
            return new SmpScenarioMapping(scenario, idx, x, null, [.. notes]);
        }

        var m = idx.Length;
        var cap = new double[m];
        var px = new double[m * dims];
        var ps = new double[m * dims];
        for (var k = 0; k < m; k++)
        {
            cap[k] = actors[idx[k]].Capability;
            Array.Copy(x, idx[k] * dims, px, k * dims, dims);
            Array.Copy(s, idx[k] * dims, ps, k * dims, dims);
        }

        var affinity = ReadAffinity(scenario, settings, idx);
        return new SmpScenarioMapping(scenario, idx, x, SmpProblem.Create(dims, cap, px, ps, affinity), [.. notes]);
    }

    private static double[] ReadAffinity(Scenario scenario, ModelSettings settings, ImmutableArray<int> active)
    {
        if (SmpDeclarations.IdealAdjustment.Read(settings) is not { } text)
        {
            return [];
        }

        var name = SmpDeclarations.IdealAdjustment.KeyIn(settings);
        var m = active.Length;
        var a = new double[m * m];
        for (var k = 0; k < m; k++)
        {
            a[(k * m) + k] = 1;
        }

        const string Form = "entries 'adjusting:reference=value' separated by ';', with actor ids that take part and values in [0, 1]";
        foreach (var entry in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = entry.LastIndexOf('=');
            var gt = entry.IndexOf('>', StringComparison.Ordinal);
            if (gt < 0)
            {
                gt = entry.IndexOf(':', StringComparison.Ordinal);
            }

            if (eq < 0 || gt < 0 || gt > eq
                || !double.TryParse(entry[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || !(value >= 0 && value <= 1))
            {
                throw new ModelOptionException(name, entry, Form);
            }

            var i = Position(scenario, active, entry[..gt].Trim());
            var j = Position(scenario, active, entry[(gt + 1)..eq].Trim());
            if (i < 0 || j < 0)
            {
                throw new ModelOptionException(name, entry, Form);
            }

            a[(i * m) + j] = value;
        }

        for (var i = 0; i < m; i++)
        {
            double row = 0;
            for (var j = 0; j < m; j++)
            {
                row += a[(i * m) + j];
            }

            if (row > 1 + 1e-9)
            {
                throw new ModelOptionException(name, text, string.Create(CultureInfo.InvariantCulture, $"rows that sum to at most 1, but {scenario.Actors[active[i]].Id}'s sums to {row:0.####} (its own entry is 1 unless set)"));
            }
        }

        return a;
    }

    private static int Position(Scenario scenario, ImmutableArray<int> active, string id)
    {
        for (var k = 0; k < active.Length; k++)
        {
            if (scenario.Actors[active[k]].Id == id)
            {
                return k;
            }
        }

        return -1;
    }
}
