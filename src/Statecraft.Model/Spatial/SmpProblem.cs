using System.Collections.Immutable;

namespace Statecraft.Model.Spatial;

/// <summary>The numeric input of the Spatial Model of Politics: capabilities, positions and saliences on [0, 1], and the accommodation matrix.</summary>
/// <remarks>
/// <para>§3.2–3.3. Arrays are row-major: <c>Positions[i·D + d]</c> is actor i's position on dimension d, on [0, 1]
/// (KTAB's 0–100 divided by 100); <c>Saliences[i·D + d]</c> likewise, with each actor's saliences adding up to a total
/// S_i ∈ (0, 1]. <c>Affinity[i·N + j]</c> is a_ij ≥ 0 with Σ_j a_ij ≤ 1; an empty <see cref="Affinity"/> means the identity,
/// KTAB's default, under which each actor's ideal follows its position.</para>
/// <para>Immutable and thread-safe. Records do not compare arrays structurally.</para>
/// </remarks>
public sealed record SmpProblem
{
    private SmpProblem(int actorCount, int dimensionCount, ImmutableArray<double> capabilities, ImmutableArray<double> positions, ImmutableArray<double> saliences, ImmutableArray<double> affinity)
    {
        ActorCount = actorCount;
        DimensionCount = dimensionCount;
        Capabilities = capabilities;
        Positions = positions;
        Saliences = saliences;
        Affinity = affinity;
    }

    /// <summary>Gets N, the number of actors. Range: ≥ 1.</summary>
    public int ActorCount { get; }

    /// <summary>Gets D, the number of dimensions. Range: ≥ 1.</summary>
    public int DimensionCount { get; }

    /// <summary>Gets c_i &gt; 0, N values (a ratio scale).</summary>
    public ImmutableArray<double> Capabilities { get; }

    /// <summary>Gets the initial positions θ_i(0) on [0, 1], N×D row-major.</summary>
    public ImmutableArray<double> Positions { get; }

    /// <summary>Gets the saliences s_id on [0, 1], N×D row-major, each row summing to (0, 1].</summary>
    public ImmutableArray<double> Saliences { get; }

    /// <summary>Gets the accommodation matrix A, N×N row-major, or empty for the identity.</summary>
    public ImmutableArray<double> Affinity { get; }

    /// <summary>Creates a problem and checks every number.</summary>
    /// <param name="dimensionCount">D ≥ 1.</param>
    /// <param name="capabilities">c_i, finite and &gt; 0; its length is N ≥ 1.</param>
    /// <param name="positions">N×D positions on [0, 1].</param>
    /// <param name="saliences">N×D saliences on [0, 1]; each actor's sum lies in (0, 1] (a tolerance of 1e-9 is allowed).</param>
    /// <param name="affinity">N×N accommodation matrix, or empty for the identity.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentException">A length or a number is out of range; the message names the actor and the value.</exception>
    public static SmpProblem Create(int dimensionCount, ReadOnlySpan<double> capabilities, ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, ReadOnlySpan<double> affinity = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensionCount, 1);
        var n = capabilities.Length;
        if (n < 1)
        {
            throw new ArgumentException("The model needs at least one actor.", nameof(capabilities));
        }

        if (positions.Length != n * dimensionCount || saliences.Length != n * dimensionCount)
        {
            throw new ArgumentException($"Positions and saliences must each hold N×D = {n}×{dimensionCount} values; got {positions.Length} and {saliences.Length}.", nameof(positions));
        }

        if (!affinity.IsEmpty && affinity.Length != n * n)
        {
            throw new ArgumentException($"The accommodation matrix must hold N×N = {n * n} values or none; got {affinity.Length}.", nameof(affinity));
        }

        for (var i = 0; i < n; i++)
        {
            if (!(double.IsFinite(capabilities[i]) && capabilities[i] > 0))
            {
                throw new ArgumentException($"Actor {i} has capability {capabilities[i]}; it must be finite and > 0.", nameof(capabilities));
            }

            double total = 0;
            for (var d = 0; d < dimensionCount; d++)
            {
                var x = positions[(i * dimensionCount) + d];
                var s = saliences[(i * dimensionCount) + d];
                if (!(x >= 0 && x <= 1))
                {
                    throw new ArgumentException($"Actor {i} has position {x} on dimension {d}; it must lie in [0, 1].", nameof(positions));
                }

                if (!(s >= 0 && s <= 1))
                {
                    throw new ArgumentException($"Actor {i} has salience {s} on dimension {d}; it must lie in [0, 1].", nameof(saliences));
                }

                total += s;
            }

            if (!(total > 0 && total <= 1 + 1e-9))
            {
                throw new ArgumentException($"Actor {i} has total salience {total}; it must lie in (0, 1] (docs/reference/spatial.md §3.2).", nameof(saliences));
            }

            if (!affinity.IsEmpty)
            {
                double row = 0;
                for (var j = 0; j < n; j++)
                {
                    var a = affinity[(i * n) + j];
                    if (!(a >= 0 && a <= 1))
                    {
                        throw new ArgumentException($"Accommodation a[{i},{j}] = {a}; it must lie in [0, 1].", nameof(affinity));
                    }

                    row += a;
                }

                if (row > 1 + 1e-9)
                {
                    throw new ArgumentException($"Accommodation row {i} sums to {row}; it must be at most 1.", nameof(affinity));
                }
            }
        }

        return new SmpProblem(n, dimensionCount, [.. capabilities], [.. positions], [.. saliences], affinity.IsEmpty ? [] : [.. affinity]);
    }

    /// <summary>Returns whether the accommodation matrix is the identity (each actor judges from where it stands).</summary>
    /// <returns><see langword="true"/> for an empty or an identity <see cref="Affinity"/>.</returns>
    public bool HasIdentityAffinity()
    {
        if (Affinity.IsEmpty)
        {
            return true;
        }

        for (var i = 0; i < ActorCount; i++)
        {
            for (var j = 0; j < ActorCount; j++)
            {
                if (Affinity[(i * ActorCount) + j] != (i == j ? 1.0 : 0.0))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
