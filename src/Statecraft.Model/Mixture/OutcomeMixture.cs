using System.Collections.Immutable;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Mixture;

/// <summary>Builds the outcome distribution of one issue for the <c>statecraft</c> model and takes its median.</summary>
/// <remarks>
/// <para>With weights w_k = c_k·s_k^b (0 for the advisory actor on issues with the advisory flag), the distribution puts
/// probability π on the compromise Σ w x / Σ w, (1 − π)·ρ on the reference point d (when the issue has one; else ρ
/// counts as 0), and (1 − π)(1 − ρ)·W(x)/W on every distinct position x held, where W(x) is the weight at x. The median
/// minimises the expected absolute error, the DEU accuracy measure (§1.6).</para>
/// <para>"Distinct" means exact equality, as in §1.4. Stateless and thread-safe.</para>
/// </remarks>
public static class OutcomeMixture
{
    /// <summary>The slack on the ½ threshold, so that a cumulative sum a rounding error below ½ still counts.</summary>
    public const double Slack = 1e-12;

    /// <summary>Computes the distribution and its median for one issue.</summary>
    /// <param name="slice">The issue's counted actors.</param>
    /// <param name="parameters">π, ρ, b and the advisory rule.</param>
    /// <returns>The outcome, or <see langword="null"/> when nobody has positive weight.</returns>
    public static MixtureOutcome? Compute(IssueSlice slice, MixtureParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(parameters);
        var w = Weights(slice, parameters);
        double total = 0, moment = 0;
        for (var k = 0; k < w.Length; k++)
        {
            total += w[k];
            moment += w[k] * slice.Positions[k];
        }

        if (!(total > 0))
        {
            return null;
        }

        var compromise = moment / total;
        var pi = parameters.CompromiseShare;
        var rho = slice.Issue.ReferencePoint is null ? 0.0 : parameters.StatusQuoShare;
        var atoms = new List<MixtureAtom>(w.Length + 2);
        foreach (var (x, weight) in WeightByPosition(slice.Positions, w))
        {
            atoms.Add(new MixtureAtom(x, (1 - pi) * (1 - rho) * weight / total, "position"));
        }

        if (slice.Issue.ReferencePoint is { } d && rho > 0)
        {
            atoms.Add(new MixtureAtom(d, (1 - pi) * rho, "status-quo"));
        }

        atoms.Add(new MixtureAtom(compromise, pi, "compromise"));
        var sorted = atoms.OrderBy(a => a.Position).ToImmutableArray();
        return new MixtureOutcome(Median(sorted), compromise, sorted);
    }

    /// <summary>Returns the effective weights c·s^b, with 0 for the advisory actor on flagged issues.</summary>
    /// <param name="slice">The issue's counted actors.</param>
    /// <param name="parameters">b and the advisory rule.</param>
    /// <returns>One weight per counted actor.</returns>
    public static double[] Weights(IssueSlice slice, MixtureParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(parameters);
        var advisory = parameters.AdvisoryFlag.Length > 0 && slice.Issue.HasFlag(parameters.AdvisoryFlag);
        var w = new double[slice.Count];
        for (var k = 0; k < w.Length; k++)
        {
            w[k] = advisory && string.Equals(slice.ActorIds[k], parameters.AdvisoryActor, StringComparison.OrdinalIgnoreCase)
                ? 0
                : slice.Capabilities[k] * Math.Pow(slice.Saliences[k], parameters.SalienceExponent);
        }

        return w;
    }

    private static List<(double X, double Weight)> WeightByPosition(ImmutableArray<double> positions, double[] w)
    {
        // Summed in actor order per position, so the result does not depend on how positions are sorted.
        var byPosition = new List<(double X, double Weight)>();
        for (var k = 0; k < w.Length; k++)
        {
            if (!(w[k] > 0))
            {
                continue;
            }

            var i = byPosition.FindIndex(p => p.X == positions[k]);
            if (i < 0)
            {
                byPosition.Add((positions[k], w[k]));
            }
            else
            {
                byPosition[i] = (positions[k], byPosition[i].Weight + w[k]);
            }
        }

        return byPosition;
    }

    private static double Median(ImmutableArray<MixtureAtom> sorted)
    {
        double cumulative = 0;
        foreach (var atom in sorted)
        {
            cumulative += atom.Probability;
            if (cumulative >= 0.5 - Slack)
            {
                return atom.Position;
            }
        }

        return sorted[^1].Position;
    }
}
