using System.Collections.Immutable;

namespace Statecraft.Model.Forecasting;

/// <summary>A forecast distribution on finitely many outcomes: positions with probabilities, as an empirical or mixture forecast.</summary>
/// <remarks>
/// <para>Equal positions are merged and probabilities normalised to sum to 1. The quantile Q(p) is the smallest
/// position whose cumulative probability reaches p (with a 1e-12 slack for rounding). The continuous ranked
/// probability score is computed exactly: CRPS(F, y) = E|X − y| − ½ E|X − X′| = Σ pᵢ|xᵢ − y| − Σ_{i&lt;j} pᵢpⱼ(xⱼ − xᵢ)
/// (Gneiting &amp; Raftery 2007, eq. 21), in the outcome's units; lower is better, and for a single point it is the
/// absolute error.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class DiscreteDistribution
{
    /// <summary>The slack on cumulative probabilities, so that a sum a rounding error below p still counts.</summary>
    public const double Slack = 1e-12;

    private readonly double[] _positions;
    private readonly double[] _probabilities;

    /// <summary>Initializes a distribution from weighted points.</summary>
    /// <param name="points">The positions and their non-negative weights; weights are normalised.</param>
    /// <exception cref="ArgumentException">A position or weight is not finite, a weight is negative, or the weights sum to 0.</exception>
    public DiscreteDistribution(IEnumerable<(double Position, double Weight)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var list = points.ToList();
        foreach (var (x, w) in list)
        {
            if (!double.IsFinite(x) || !double.IsFinite(w) || w < 0)
            {
                throw new ArgumentException($"Point ({x}, {w}) needs a finite position and a finite, non-negative weight.", nameof(points));
            }
        }

        // A stable sort, then merging equal positions in input order: the result does not depend on how ties were listed.
        var sorted = list.Select((p, i) => (p.Position, p.Weight, i)).OrderBy(p => p.Position).ThenBy(p => p.i).ToList();
        var positions = new List<double>(sorted.Count);
        var weights = new List<double>(sorted.Count);
        double total = 0;
        foreach (var (x, w, _) in sorted)
        {
            total += w;
            if (positions.Count > 0 && positions[^1] == x)
            {
                weights[^1] += w;
            }
            else
            {
                positions.Add(x);
                weights.Add(w);
            }
        }

        if (!(total > 0))
        {
            throw new ArgumentException("The weights sum to 0.", nameof(points));
        }

        _positions = [.. positions];
        _probabilities = [.. weights.Select(w => w / total)];
    }

    /// <summary>Gets the distinct positions, ascending.</summary>
    public ImmutableArray<double> Positions => [.. _positions];

    /// <summary>Gets the probability of each position in <see cref="Positions"/>.</summary>
    public ImmutableArray<double> Probabilities => [.. _probabilities];

    /// <summary>Gets the mean.</summary>
    public double Mean
    {
        get
        {
            double mean = 0;
            for (var i = 0; i < _positions.Length; i++)
            {
                mean += _probabilities[i] * _positions[i];
            }

            return mean;
        }
    }

    /// <summary>Returns the probability of exactly <paramref name="position"/>.</summary>
    /// <param name="position">A position.</param>
    /// <returns>Its probability, 0 when it is not a point of the distribution.</returns>
    public double ProbabilityOf(double position)
    {
        var i = Array.BinarySearch(_positions, position);
        return i >= 0 ? _probabilities[i] : 0;
    }

    /// <summary>Returns the quantile Q(p): the smallest position whose cumulative probability reaches p.</summary>
    /// <param name="p">The probability. Range: [0, 1].</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1] or NaN.</exception>
    public double Quantile(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must lie in [0, 1].");
        }

        double cumulative = 0;
        for (var i = 0; i < _positions.Length; i++)
        {
            cumulative += _probabilities[i];
            if (cumulative >= p - Slack)
            {
                return _positions[i];
            }
        }

        return _positions[^1];
    }

    /// <summary>Returns the continuous ranked probability score of the distribution for the outcome <paramref name="outcome"/>.</summary>
    /// <param name="outcome">The observed outcome.</param>
    /// <returns>CRPS ≥ 0, in the outcome's units; 0 only for a point mass at the outcome.</returns>
    /// <exception cref="ArgumentException"><paramref name="outcome"/> is not finite.</exception>
    public double Crps(double outcome)
    {
        if (!double.IsFinite(outcome))
        {
            throw new ArgumentException($"Outcome {outcome} is not finite.", nameof(outcome));
        }

        double distance = 0, spread = 0, cumulative = 0, cumulativeMoment = 0;
        for (var i = 0; i < _positions.Length; i++)
        {
            var x = _positions[i];
            var p = _probabilities[i];
            distance += p * Math.Abs(x - outcome);
            spread += p * ((x * cumulative) - cumulativeMoment);
            cumulative += p;
            cumulativeMoment += p * x;
        }

        return Math.Max(0, distance - spread);
    }
}
