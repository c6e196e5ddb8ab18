using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Model.Domain;
using Statecraft.Model.ExpectedUtility.Options;
using Statecraft.Model.Forecasting;

namespace Statecraft.Model.ExpectedUtility;

/// <summary>Turns a trajectory of the expected-utility model into an <see cref="IssueForecast"/>: rounds, events, pulls, metrics, notes and basis.</summary>
/// <remarks>Pure and thread-safe. Text uses the invariant culture.</remarks>
internal static class ExpectedUtilityReport
{
    /// <summary>Describes one issue's run.</summary>
    /// <param name="slice">The issue's counted actors (the run's input, in the same order).</param>
    /// <param name="run">The trajectory.</param>
    /// <param name="options">The options used.</param>
    /// <param name="ignoredActors">How many actors with salience 0 were left out.</param>
    /// <returns>The issue forecast.</returns>
    public static IssueForecast Describe(IssueSlice slice, ExpectedUtilityTrajectory run, ExpectedUtilityOptions options, int ignoredActors)
    {
        var ids = slice.ActorIds;
        var rounds = ImmutableArray.CreateBuilder<RoundSnapshot>(run.Positions.Length);
        for (var t = 0; t < run.Positions.Length; t++)
        {
            var x = run.Positions[t];
            rounds.Add(new RoundSnapshot(t, run.Medians[t], run.Means[t], [.. x.Select((v, k) => new ActorValue(ids[k], v))]));
        }

        var events = run.Moves.Select(m => new ForecastEvent(m.Round, Kind(m.Kind), ids[m.Actor], ids[m.Partner], m.From, m.To, Detail(m, ids, options)));
        var d = run.Diagnostics;
        var metrics = new Dictionary<string, double>
        {
            ["stoppingRound"] = d.StoppingRound,
            ["roundLimit"] = options.Rounds,
            ["range"] = run.Ranges[0],
            ["moves"] = run.Moves.Count(m => !m.Held),
            ["plateauLength"] = d.PlateauLength,
            ["medianRangeLastK"] = d.MedianRangeLastK,
            ["cycleFound"] = d.CycleFound ? 1 : 0,
        };
        if (d.CycleFound)
        {
            metrics["cyclePeriod"] = d.CyclePeriod;
            metrics["cycleDetectedRound"] = d.CycleDetectedRound;
            metrics["cycleMin"] = d.CycleMedianMin;
            metrics["cycleMax"] = d.CycleMedianMax;
            metrics["cycleMean"] = d.CycleMedianMean;
        }

        return new IssueForecast(slice.Issue.Id, run.FinalMedian)
        {
            Basis = Basis(run, options),
            Rounds = rounds.MoveToImmutable(),
            Events = [.. events],
            Pulls = StaticIssueModel.Pulls(ids, run.Positions[^1].AsSpan(), slice.Weights(), run.FinalMedian),
            Metrics = metrics.ToImmutableDictionary(),
            Notes = Notes(run, options, ignoredActors),
        };
    }

    private static string Kind(OfferKind kind) => kind switch
    {
        OfferKind.Confrontation => "conflict",
        OfferKind.Compromise => "compromise",
        OfferKind.Capitulation => "capitulation",
        _ => "none",
    };

    private static string Basis(ExpectedUtilityTrajectory run, ExpectedUtilityOptions options)
    {
        var t = run.StoppingRound;
        var why = run.Diagnostics.Reason switch
        {
            StopReason.NoDynamics => "no dynamics: every actor holds one position, or only one actor counts",
            StopReason.Plateau => F($"plateau: the median moved by at most {options.PlateauEpsilon}·R for {options.PlateauRounds} rounds"),
            StopReason.DiscountRule => F($"discount rule: the median moved by less than (1 − {options.DiscountBeta})·R"),
            StopReason.Cycle => F($"cycle of period {run.Diagnostics.CyclePeriod} detected"),
            _ when options.Stop == StoppingRule.FixedRounds => F($"fixed rounds: {options.Rounds}"),
            _ => F($"{ModelSettings.ToKebab(options.Stop.ToString())} did not fire within the {options.Rounds}-round cap"),
        };
        return F($"weighted median (Condorcet winner) after round {t} of the expected-utility model ({why}; preset {ModelSettings.ToKebab(options.Preset.ToString())})");
    }

    private static ImmutableArray<string> Notes(ExpectedUtilityTrajectory run, ExpectedUtilityOptions options, int ignoredActors)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        var d = run.Diagnostics;
        if (ignoredActors > 0)
        {
            notes.Add(F($"{ignoredActors} actor(s) with salience 0 do not count on this issue and were left out."));
        }

        if (d.CycleFound && d.CyclePeriod == 1)
        {
            notes.Add(F($"The positions stopped changing in round {d.CycleDetectedRound}: a fixed point at median {d.CycleMedianMin}."));
        }
        else if (d.CycleFound)
        {
            notes.Add(F($"The positions repeat with period {d.CyclePeriod} (found in round {d.CycleDetectedRound}): over the cycle the median ranges over [{d.CycleMedianMin}, {d.CycleMedianMax}] with mean {d.CycleMedianMean:G6}."));
        }

        var t = run.StoppingRound;
        if (d.Reason == StopReason.RoundLimit && !d.CycleFound && t >= 1 && !run.Positions[t].SequenceEqual(run.Positions[t - 1]))
        {
            var k = Math.Min(options.PlateauRounds, t);
            notes.Add(F($"The positions were still changing in round {t} (the median ranged over {d.MedianRangeLastK:G6} in the last {k} round(s)): the model has not settled. The expected-utility model need not converge (Scholz et al. 2011); see stop=cycle-detection or stop=plateau."));
        }

        if (options.ConflictResolution != ConflictResolution.DeterministicMove || options.Capitulation != ExpectedUtilityOptions.FromPreset(options.Preset).Capitulation)
        {
            notes.Add("Options beyond the preset are in use; only the scholz-code preset has a published numeric oracle.");
        }

        return notes.ToImmutable();
    }

    private static string Detail(ExpectedUtilityMove m, ImmutableArray<string> ids, ExpectedUtilityOptions options)
    {
        var me = ids[m.Actor];
        var them = ids[m.Partner];
        var view = options.Perspective == Perspective.Receiver ? F($"both seen with r = {m.RiskExponent:0.###}") : F($"r = {m.RiskExponent:0.###} and {m.PartnerRiskExponent:0.###}");
        var eu = F($"a = E({me}→{them}) = {m.OwnUtility:0.####}, b = E({them}→{me}) = {m.PartnerUtility:0.####}, {view}");
        return m.Kind switch
        {
            OfferKind.Confrontation when m.Held && options.ConflictResolution == ConflictResolution.NoMove =>
                F($"expects to lose a conflict with {them} (b > a > 0: {eu}) but holds its position (conflict-resolution = no-move)"),
            OfferKind.Confrontation when m.Held =>
                F($"expected to lose a conflict with {them} (b > a > 0: {eu}) but prevailed (P = {m.Probability:0.####})"),
            OfferKind.Confrontation => F($"expects to lose a conflict with {them} and moves to its position (b > a > 0: {eu})"),
            OfferKind.Compromise => F($"{them} has the upper hand (a < 0 < b, b > |a|: {eu}); concedes |a|/b = {Math.Abs(m.OwnUtility / m.PartnerUtility):P0} of the way"),
            OfferKind.Capitulation => F($"gives in to {them} (a < 0 < b < |a|: {eu})"),
            _ => eu,
        };
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
