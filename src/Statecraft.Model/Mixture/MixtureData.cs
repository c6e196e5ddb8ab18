using System.Collections.Immutable;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Mixture;

/// <summary>Every candidate's forecast of every scored issue, and the per-group losses the fitter selects on.</summary>
/// <remarks>
/// Errors are rescaled to 0–100 (× 100 / scale range), so issues on different scales weigh alike. Immutable after
/// construction and thread-safe.
/// </remarks>
internal sealed class MixtureData
{
    private readonly double[][] _forecast;
    private readonly double[][] _groupLoss;
    private readonly Issue[] _issues;
    private readonly double[] _totalLoss;

    private MixtureData(Issue[] issues, double[][] forecast, ImmutableArray<ImmutableArray<int>> members, ImmutableArray<string> keys)
    {
        _issues = issues;
        _forecast = forecast;
        Members = members;
        GroupKeys = keys;
        _groupLoss = new double[forecast.Length][];
        _totalLoss = new double[forecast.Length];
        for (var g = 0; g < forecast.Length; g++)
        {
            _groupLoss[g] = new double[members.Length];
            for (var p = 0; p < members.Length; p++)
            {
                foreach (var k in members[p])
                {
                    _groupLoss[g][p] += Math.Abs(Residual(g, k));
                }

                _totalLoss[g] += _groupLoss[g][p];
            }
        }
    }

    /// <summary>Gets the number of scored issues.</summary>
    public int Count => _issues.Length;

    /// <summary>Gets the number of groups.</summary>
    public int GroupCount => Members.Length;

    /// <summary>Gets the scored issues' indices per group.</summary>
    public ImmutableArray<ImmutableArray<int>> Members { get; }

    /// <summary>Gets the group keys (proposal codes).</summary>
    public ImmutableArray<string> GroupKeys { get; }

    public static MixtureData From(Scenario scenario, ImmutableArray<MixtureParameters> candidates)
    {
        var issues = new List<Issue>();
        var slices = new List<IssueSlice>();
        foreach (var issue in scenario.Issues.Where(i => i.Outcome is not null))
        {
            var slice = scenario.Slice(issue.Id);
            if (OutcomeMixture.Compute(slice, candidates[0]) is not null)
            {
                issues.Add(issue);
                slices.Add(slice);
            }
        }

        var forecast = new double[candidates.Length][];
        for (var g = 0; g < candidates.Length; g++)
        {
            forecast[g] = [.. slices.Select(s => OutcomeMixture.Compute(s, candidates[g])!.Median)];
        }

        var keys = issues.Select(i => i.Group ?? i.Id).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var members = keys
            .Select(key => Enumerable.Range(0, issues.Count).Where(k => (issues[k].Group ?? issues[k].Id) == key).ToImmutableArray())
            .ToImmutableArray();
        return new MixtureData([.. issues], forecast, members, keys);
    }

    /// <summary>Returns the candidate with the least total loss over every group not in <paramref name="excluded"/>; ties go to the first.</summary>
    /// <remarks>The loss is the total over all groups minus the excluded groups' losses, so a fold costs O(candidates).</remarks>
    public int Select(ReadOnlySpan<int> excluded)
    {
        var best = -1;
        var bestLoss = double.PositiveInfinity;
        for (var g = 0; g < _groupLoss.Length; g++)
        {
            var loss = _totalLoss[g];
            foreach (var p in excluded)
            {
                loss -= _groupLoss[g][p];
            }

            if (loss < bestLoss)
            {
                bestLoss = loss;
                best = g;
            }
        }

        return best;
    }

    /// <summary>Gets the factor that rescales issue k's errors to 0–100.</summary>
    public double Scale(int k) => 100.0 / _issues[k].Scale.Range;

    /// <summary>Gets issue k's outcome.</summary>
    public double Outcome(int k) => _issues[k].Outcome!.Value;

    /// <summary>Gets outcome − forecast of candidate g on issue k, on 0–100.</summary>
    public double Residual(int g, int k) => (Outcome(k) - _forecast[g][k]) * Scale(k);

    /// <summary>Gets candidate g's interval on issue k from residual quantiles on 0–100, clamped to the scale.</summary>
    public (double Low, double High) Interval(int g, int k, double low, double high)
    {
        var scale = _issues[k].Scale;
        return (Math.Clamp(_forecast[g][k] + (low / Scale(k)), scale.Min, scale.Max),
                Math.Clamp(_forecast[g][k] + (high / Scale(k)), scale.Min, scale.Max));
    }

    /// <summary>Returns whether the issue is scored.</summary>
    public bool IsScored(string issueId) => _issues.Any(i => i.Id == issueId);

    /// <summary>Returns the forecasts by issue id when group p uses candidate choose(p).</summary>
    public Dictionary<string, double?> Predictions(Func<int, int> choose)
    {
        var result = new Dictionary<string, double?>(StringComparer.Ordinal);
        for (var p = 0; p < GroupCount; p++)
        {
            var g = choose(p);
            foreach (var k in Members[p])
            {
                result[_issues[k].Id] = _forecast[g][k];
            }
        }

        return result;
    }
}
