using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Exchange;

/// <summary>Turns exchange-model runs into the forecast of one issue, on the issue's own scale (§4.14).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ExchangeForecastBuilder
{
    private const string Basis =
        "weighted mean of the voting positions after the last round of the exchange model (Stokman & van Oosten 1994); "
        + "each round's median is the model's outcome and its mean the compromise of the preferences the round started from";

    public static IssueForecast Build(Scenario scenario, IReadOnlyList<string> setIssues, IssueSlice slice, int d, ExchangeResult[] runs)
    {
        var run = runs[0];
        var problem = run.Problem;
        var n = problem.ActorCount;
        var dCount = problem.IssueCount;
        var scale = slice.Issue.Scale;
        double Back(double v) => ProblemScale(v, scale);
        var actorIndex = slice.ActorIds.Select(id => scenario.Actors.IndexOf(scenario.FindActor(id)!)).ToArray();
        var weights = slice.Weights();

        var rounds = ImmutableArray.CreateBuilder<RoundSnapshot>(run.Rounds.Length + 1);
        var initial = run.InitialCompromise[d];
        if (double.IsFinite(initial))
        {
            rounds.Add(new RoundSnapshot(0, Back(initial), Back(initial), [.. slice.ActorIds.Select((id, k) => new ActorValue(id, slice.Positions[k]))]));
        }

        var events = ImmutableArray.CreateBuilder<ForecastEvent>();
        var metrics = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        var externality = new double[n];
        var ownGain = new double[n];
        var exchanges = 0;
        foreach (var round in run.Rounds)
        {
            if (double.IsFinite(round.Outcome[d]))
            {
                rounds.Add(new RoundSnapshot(
                    round.Round,
                    Back(round.Outcome[d]),
                    Back(round.Compromise[d]),
                    [.. slice.ActorIds.Select((id, k) => new ActorValue(id, Back(round.VotingPositions[(actorIndex[k] * dCount) + d])))]));
            }

            foreach (var e in round.Exchanges)
            {
                foreach (var (side, partner) in new[] { (e.A, e.B), (e.B, e.A) })
                {
                    if (side.SupplyIssue != d)
                    {
                        continue;
                    }

                    exchanges++;
                    ownGain[side.Actor] += side.Gain;
                    events.Add(new ForecastEvent(
                        round.Round,
                        "exchange",
                        scenario.Actors[side.Actor].Id,
                        scenario.Actors[partner.Actor].Id,
                        Back(side.Start),
                        Back(side.Voting),
                        string.Create(CultureInfo.InvariantCulture, $"gives way on {slice.Issue.Id} to gain on {setIssues[partner.SupplyIssue]}, gain {side.Gain:0.######}")));
                }
            }

            for (var i = 0; i < n; i++)
            {
                externality[i] += round.Externalities[(i * dCount) + d];
            }
        }

        var finalValue = run.FinalOutcome[d];
        double? value = double.IsFinite(finalValue) ? Back(finalValue) : null;
        metrics["exchanges"] = exchanges;
        metrics["rounds"] = run.Rounds.Length;
        if (double.IsFinite(initial))
        {
            metrics["compromise"] = Back(initial);
        }

        for (var k = 0; k < actorIndex.Length; k++)
        {
            var i = actorIndex[k];
            if (externality[i] != 0)
            {
                metrics["externality:" + slice.ActorIds[k]] = externality[i];
            }

            if (ownGain[i] != 0)
            {
                metrics["gain:" + slice.ActorIds[k]] = ownGain[i];
            }
        }

        var notes = ImmutableArray.CreateBuilder<string>();
        if (value is null)
        {
            notes.Add("no actor has positive weight on this issue, so there is no forecast");
        }
        else if (runs.Length > 1)
        {
            value = Distribution(runs, d, scale, metrics);
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"the value is the mean over {runs.Length} seeded repetitions; rounds and events show repetition 1"));
        }

        if (run.StoppedEarly)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"stopped after round {run.Rounds.Length} of {run.Options.Rounds}: that round realised no exchange, so every later round would be identical"));
        }

        var finalPositions = new double[slice.Count];
        var last = run.Rounds.IsEmpty ? null : run.Rounds[^1];
        for (var k = 0; k < slice.Count; k++)
        {
            finalPositions[k] = last is null ? slice.Positions[k] : Back(last.VotingPositions[(actorIndex[k] * dCount) + d]);
        }

        return new IssueForecast(slice.Issue.Id, value)
        {
            Basis = runs.Length > 1 ? "mean over repetitions of the " + Basis : Basis,
            Rounds = rounds.ToImmutable(),
            Events = events.ToImmutable(),
            Pulls = value is { } f ? StaticIssueModel.Pulls(slice.ActorIds, finalPositions, weights, f) : [],
            Metrics = metrics.ToImmutable(),
            Notes = notes.ToImmutable(),
        };
    }

    private static double ProblemScale(double value, IssueScale scale) => ExchangeProblem.FromInternal(value, scale.Min, scale.Max);

    private static double Distribution(ExchangeResult[] runs, int d, IssueScale scale, ImmutableDictionary<string, double>.Builder metrics)
    {
        var values = runs.Select(r => ProblemScale(r.FinalOutcome[d], scale)).Order().ToArray();
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Length - 1);
        metrics["repetitions"] = values.Length;
        metrics["sd"] = Math.Sqrt(variance);
        metrics["p05"] = Quantile(values, 0.05);
        metrics["p50"] = Quantile(values, 0.50);
        metrics["p95"] = Quantile(values, 0.95);
        return mean;
    }

    private static double Quantile(double[] sorted, double q)
    {
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
