using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Model.Baselines;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Spatial.Options;

namespace Statecraft.Model.Spatial;

/// <summary>Writes one dimension of an SMP run as an issue forecast: rounds, bargain events, clusters and the forecast value.</summary>
/// <remarks>Numbers go back to the issue's own scale with L + v·(U − L). Stateless and thread-safe.</remarks>
internal static class SmpForecastWriter
{
    /// <summary>Describes dimension <paramref name="d"/>.</summary>
    /// <param name="map">The scenario mapping.</param>
    /// <param name="result">The run.</param>
    /// <param name="options">The options used.</param>
    /// <param name="d">The issue index.</param>
    /// <returns>The issue forecast.</returns>
    public static IssueForecast Describe(SmpScenarioMapping map, SmpResult result, SmpOptions options, int d)
    {
        var scenario = map.Scenario;
        var issue = scenario.Issues[d];
        var dims = scenario.Issues.Length;
        var n = scenario.Actors.Length;
        double Back(double v) => issue.Scale.Min + (v * issue.Scale.Range);

        // Scenario actor → problem actor (−1 for actors that take no part).
        var slot = Enumerable.Repeat(-1, n).ToArray();
        for (var k = 0; k < map.Active.Length; k++)
        {
            slot[map.Active[k]] = k;
        }

        var ids = scenario.Actors.Select(a => a.Id).ToImmutableArray();
        var weights = new double[n];
        for (var i = 0; i < n; i++)
        {
            var k = slot[i];
            weights[i] = k < 0 ? 0 : map.Problem!.Capabilities[k] * map.Problem.Saliences[(k * dims) + d];
        }

        double PositionAt(SmpState state, int i) =>
            slot[i] < 0 ? map.AllPositions[(i * dims) + d] : state.Positions[(slot[i] * dims) + d];

        var rounds = ImmutableArray.CreateBuilder<RoundSnapshot>(result.States.Length);
        var x = new double[n];
        foreach (var state in result.States)
        {
            var positions = ImmutableArray.CreateBuilder<ActorValue>(n);
            for (var i = 0; i < n; i++)
            {
                x[i] = Back(PositionAt(state, i));
                positions.Add(new ActorValue(ids[i], x[i]));
            }

            var median = WeightedStatistics.LowerWeightedMedian(x, weights) ?? WeightedStatistics.Median(x) ?? double.NaN;
            var mean = WeightedStatistics.WeightedMean(x, weights) ?? WeightedStatistics.Mean(x) ?? double.NaN;
            rounds.Add(new RoundSnapshot(state.Turn, median, mean, positions.MoveToImmutable()));
        }

        var events = ImmutableArray.CreateBuilder<ForecastEvent>(result.Moves.Length);
        foreach (var move in result.Moves)
        {
            var actor = map.Active[move.Actor];
            var initiator = map.Active[move.Initiator];
            var receiver = map.Active[move.Receiver];
            var partner = actor == initiator ? receiver : initiator;
            var from = Back(result.States[move.Turn - 1].Positions[(move.Actor * dims) + d]);
            var to = Back(move.Target[d]);
            var target = string.Join(", ", Enumerable.Range(0, dims).Select(e => Format(scenario.Issues[e].Scale.Min + (move.Target[e] * scenario.Issues[e].Scale.Range))));
            var detail = string.Create(CultureInfo.InvariantCulture, $"{ids[initiator]} proposed to {ids[receiver]}; {ids[actor]} accepted (election probability {move.ChoiceProbability:0.####}); target ({target})");
            events.Add(new ForecastEvent(move.Turn, "bargain", ids[actor], ids[partner], from, to, detail));
        }

        var final = result.Final;
        for (var i = 0; i < n; i++)
        {
            x[i] = Back(PositionAt(final, i));
        }

        var weightedMean = WeightedStatistics.WeightedMean(x, weights);
        double clusterMean = 0;
        var metrics = ImmutableDictionary.CreateBuilder<string, double>();
        var notes = ImmutableArray.CreateBuilder<string>();
        metrics["turns"] = result.Turns;
        metrics["converged"] = result.StopReason == SmpStopReason.Converged ? 1 : 0;
        metrics["clusters"] = final.Clusters.Length;
        for (var c = 0; c < final.Clusters.Length; c++)
        {
            var cluster = final.Clusters[c];
            var at = Back(final.Positions[(cluster.Representative * dims) + d]);
            clusterMean += cluster.Probability * at;
            metrics[$"cluster{c + 1}.position"] = at;
            metrics[$"cluster{c + 1}.probability"] = cluster.Probability;
            var members = string.Join(", ", cluster.Members.Select(k => ids[map.Active[k]]));
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"final cluster {c + 1} at {Format(at)}: win probability {cluster.Probability:0.####}; {members}"));
        }

        for (var k = 0; k < map.Active.Length; k++)
        {
            metrics[$"winProbability.{ids[map.Active[k]]}"] = final.WinProbabilities[k];
        }

        metrics["clusterMean"] = clusterMean;
        if (weightedMean is { } wm)
        {
            metrics["weightedMean"] = wm;
        }

        double? value;
        string basis;
        if (options.Forecast == SmpForecastBasis.ClusterMean)
        {
            value = clusterMean;
            basis = $"win-probability-weighted mean of the {final.Clusters.Length} final position clusters after turn {result.Turns}";
        }
        else
        {
            value = weightedMean;
            basis = $"capability×salience-weighted mean of the final positions after turn {result.Turns}";
            if (value is null)
            {
                notes.Add("no actor has salience on this issue, so the weighted mean is undefined");
            }
        }

        return new IssueForecast(issue.Id, value)
        {
            Basis = basis,
            RoundForecast = SnapshotStatistic.Mean,
            Rounds = rounds.MoveToImmutable(),
            Events = events.MoveToImmutable(),
            Pulls = value is { } f ? StaticIssueModel.Pulls(ids, x, weights, f) : [],
            Metrics = metrics.ToImmutable(),
            Notes = notes.ToImmutable(),
        };
    }

    private static string Format(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
