using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Spatial;
using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Tests.Spatial;

/// <summary>Invariants of the spatial model over random inputs.</summary>
public sealed class SpatialPropertyTests
{
    private static readonly string[] Modes = ["ktab-compatible", "corrected"];

    [Property(MaxTest = 30)]
    public Property PermutingActors_PermutesTheTrajectory(ulong seed, PositiveInt size, bool corrected)
    {
        // Given a random problem with 2–7 actors and 1–3 dimensions and a random permutation of its actors
        var n = 2 + (size.Get % 6);
        var dims = 1 + (int)(seed % 3);
        var p = SmpTestProblems.Random(seed, n, dims);
        var rng = new Statecraft.Model.Randomness.Xoshiro256StarStar(seed ^ 0xABCDEF);
        var order = Enumerable.Range(0, n).OrderBy(_ => rng.NextDouble()).ToArray();
        var q = SmpProblem.Create(
            dims,
            [.. order.Select(k => p.Capabilities[k])],
            [.. order.SelectMany(k => p.Positions.Skip(k * dims).Take(dims))],
            [.. order.SelectMany(k => p.Saliences.Skip(k * dims).Take(dims))]);
        var options = SmpOptions.Default with { Mode = corrected ? SmpMode.Corrected : SmpMode.KtabCompatible };

        // When both run (KTAB-compatible mode may abort, Q5; then both must abort alike)
        var a = Outcome(p, options);
        var b = Outcome(q, options);
        if (a.Error is not null || b.Error is not null)
        {
            return (a.Error == b.Error).Label($"aborts differ: '{a.Error}' vs '{b.Error}'");
        }

        // Then the turn count is the same and actor order[k] of the original is actor k of the permuted run in every
        // state, to rounding (sums run in another order). Win probabilities are compared where every cluster is one
        // exact position: otherwise the cluster's representative, the first member in index order, depends on order.
        var ra = a.Result!;
        var rb = b.Result!;
        var same = ra.Turns == rb.Turns && Enumerable.Range(0, ra.States.Length).All(t =>
            Enumerable.Range(0, n).All(k => Enumerable.Range(0, dims).All(d =>
                Math.Abs(ra.States[t].Positions[(order[k] * dims) + d] - rb.States[t].Positions[(k * dims) + d]) < 1e-9)
                && (!ExactClusters(ra.States[t], dims) || Math.Abs(ra.States[t].WinProbabilities[order[k]] - rb.States[t].WinProbabilities[k]) < 1e-9)));
        return same.Label($"n={n}, D={dims}, turns {ra.Turns} vs {rb.Turns}");
    }

    [Property(MaxTest = 30)]
    public Property Positions_StayOnTheIssueScale(ulong seed, PositiveInt size)
    {
        // Given a random scenario on the scale [−40, 260] (corrected mode: KTAB-compatible runs may abort at Q5)
        var n = 2 + (size.Get % 7);
        var dims = 1 + (int)(seed % 3);
        var scale = new IssueScale(-40, 260);
        var scenario = SmpTestProblems.ToScenario(SmpTestProblems.Random(seed, n, dims), scale);

        // When the model runs
        var forecast = new SpatialModel().Run(scenario, ModelSettings.Empty.With("mode", "corrected"), ModelRunContext.Default);

        // Then every position of every round, and the forecast, lie on the scale
        var ok = forecast.Issues.All(i => i.Value is { } v && scale.Contains(v)
            && i.Rounds.All(r => r.Positions.All(x => scale.Contains(x.Value))));
        return ok.Label($"n={n}, D={dims}");
    }

    [Property(MaxTest = 30)]
    public Property LoneActor_NeverMoves(ulong seed, bool corrected)
    {
        // Given one actor alone
        var dims = 1 + (int)(seed % 4);
        var scenario = SmpTestProblems.ToScenario(SmpTestProblems.Random(seed, 1, dims));

        // When the model runs in either mode
        var forecast = new SpatialModel().Run(scenario, ModelSettings.Empty.With("mode", Modes[corrected ? 1 : 0]), ModelRunContext.Default);

        // Then it stays where it started, makes no bargain, and is certain to prevail
        var ok = forecast.Issues.All(i =>
            i.Rounds.All(r => r.Positions[0].Value == i.Rounds[0].Positions[0].Value)
            && i.Events.IsEmpty
            && Math.Abs(i.Value!.Value - i.Rounds[0].Positions[0].Value) <= 1e-12
            && i.Metrics["winProbability.a0"] == 1);
        return ok.ToProperty();
    }

    private static (SmpResult? Result, string? Error) Outcome(SmpProblem p, SmpOptions options)
    {
        try
        {
            return (SmpSimulation.Run(p, options, 1), null);
        }
        catch (SmpSanityCheckException e)
        {
            return (null, $"{e.Quirk}@{e.Turn}");
        }
    }

    private static bool ExactClusters(SmpState s, int dims) => s.Clusters.All(c => c.Members.All(m =>
        Enumerable.Range(0, dims).All(d => s.Positions[(m * dims) + d] == s.Positions[(c.Representative * dims) + d])));
}
