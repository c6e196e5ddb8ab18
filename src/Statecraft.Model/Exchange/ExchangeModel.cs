using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Model.Domain;
using Statecraft.Model.Exchange.Options;
using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Exchange;

/// <summary>Stokman &amp; van Oosten's position-exchange model (equal gain, and the randomised variant REX) as a forecasting model (§4).</summary>
/// <remarks>
/// <para>Sources: Stokman &amp; van Oosten (1994), in Bueno de Mesquita &amp; Stokman (eds), <i>European Community Decision
/// Making</i>; REX after Dijkstra, van Assen, Stokman &amp; Draaijer (2018). Reference implementation: decide by
/// J. Draaijer (<c>foarsitter/decide-exchange-model</c>, commit <c>51dee66</c>).</para>
/// <para><b>Linked sets.</b> Actors exchange only between issues of one set: the issues sharing
/// <see cref="Issue.Group"/>. Issues without a group form one set together. A set with a single issue cannot exchange
/// and its forecast is the compromise value (§1.6).</para>
/// <para><b>Output.</b> Round 0 holds the input; round t the voting positions after round t, with
/// <see cref="RoundSnapshot.Median"/> = the model's outcome (the weighted mean of the voting positions) and
/// <see cref="RoundSnapshot.Mean"/> = the compromise of the preferences round t started from. Each realised exchange
/// gives one <c>exchange</c> event on each of its two issues. Stateless and thread-safe.</para>
/// </remarks>
public sealed class ExchangeModel : IForecastModel
{
    /// <summary>The note attached when a linked set has a single issue.</summary>
    public const string SingleIssueNote = "this issue is alone in its linked set, so no exchange is possible; the forecast is the compromise value";

    /// <inheritdoc />
    public string Name => "exchange";

    /// <inheritdoc />
    public string Summary => "Position exchange across linked issues with equal gains (Stokman & van Oosten 1994); REX variant.";

    /// <inheritdoc />
    public IReadOnlyList<ModelOption> Options => ExchangeDeclarations.All;

    /// <inheritdoc />
    public Forecast Run(Scenario scenario, ModelSettings settings, ModelRunContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        settings.RequireKnown(Options, $"model '{Name}'");
        var options = ExchangeOptions.FromSettings(settings);
        var sets = LinkedSets(scenario);
        var byIssue = new Dictionary<string, IssueForecast>(StringComparer.Ordinal);
        for (var set = 0; set < sets.Count; set++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var ids = sets[set];
            if (ids.Count == 1)
            {
                var slice = scenario.Slice(ids[0]);
                var value = Baselines.WeightedStatistics.WeightedMean(slice.Positions.AsSpan(), slice.Weights());
                var single = StaticIssueModel.Describe(slice, value, "weighted mean of positions (compromise): a single-issue set cannot exchange");
                byIssue[ids[0]] = single with { Notes = single.Notes.Add(SingleIssueNote) };
                continue;
            }

            var problem = ExchangeProblem.FromScenario(scenario, ids);
            var runs = RunRepetitions(problem, options, context, set, sets.Count);
            for (var d = 0; d < ids.Count; d++)
            {
                byIssue[ids[d]] = ExchangeForecastBuilder.Build(scenario, ids, scenario.Slice(ids[d]), d, runs);
            }

            context.Progress?.Report((set + 1.0) / sets.Count);
        }

        var notes = ImmutableArray.CreateBuilder<string>();
        notes.Add(sets.Count == 1
            ? "all issues form one linked set (no issue has a group)"
            : $"{sets.Count} linked sets, by issue group (issues without a group form one set together)");
        if (options.IsRandom)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"random run: rex-p = {options.RexP}, tie-break = {ModelSettings.ToKebab(options.TieBreak.ToString())}, {options.Repetitions} repetition(s) from seed {context.Seed}"));
        }

        return new Forecast(Name, [.. scenario.Issues.Select(i => byIssue[i.Id])])
        {
            Settings = settings,
            Seed = options.IsRandom ? context.Seed : null,
            Notes = notes.ToImmutable(),
        };
    }

    /// <summary>Groups the scenario's issues into linked sets: by <see cref="Issue.Group"/>, with the ungrouped issues as one set, in order of first appearance.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The issue ids of each set, in scenario order.</returns>
    public static IReadOnlyList<IReadOnlyList<string>> LinkedSets(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var order = new List<string?>();
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var issue in scenario.Issues)
        {
            // "\0" cannot be a group name in any scenario format, so it stands for "no group".
            var key = string.IsNullOrWhiteSpace(issue.Group) ? "\0" : issue.Group;
            if (!members.TryGetValue(key, out var list))
            {
                members[key] = list = [];
                order.Add(key);
            }

            list.Add(issue.Id);
        }

        return [.. order.Select(k => (IReadOnlyList<string>)members[k!])];
    }

    private static ExchangeResult[] RunRepetitions(ExchangeProblem problem, ExchangeOptions options, ModelRunContext context, int set, int setCount)
    {
        var runs = new ExchangeResult[options.Repetitions];
        if (!options.IsRandom)
        {
            runs[0] = ExchangeEngine.Run(problem, options, null, context.Cancellation);
            return runs;
        }

        // Stream index (repetition, set) so that results do not depend on the thread count.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.MaxDegreeOfParallelism), CancellationToken = context.Cancellation };
        Parallel.For(0, runs.Length, parallel, rep =>
            runs[rep] = ExchangeEngine.Run(problem, options, context.CreateRandom(((ulong)rep * (ulong)setCount) + (ulong)set), context.Cancellation));
        return runs;
    }
}
