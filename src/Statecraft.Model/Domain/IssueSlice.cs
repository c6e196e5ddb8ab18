using System.Collections.Immutable;

namespace Statecraft.Model.Domain;

/// <summary>The numeric data of one issue for the actors that count on it, as parallel arrays.</summary>
/// <remarks>
/// <para>Index k of every array refers to the same actor, in scenario order. Capabilities already include any
/// issue-specific override.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Issue">The issue.</param>
/// <param name="ActorIds">The counted actors.</param>
/// <param name="Positions">x_k on the issue's own scale.</param>
/// <param name="Saliences">s_k in [0, 1].</param>
/// <param name="Capabilities">c_k &gt; 0.</param>
public sealed record IssueSlice(
    Issue Issue,
    ImmutableArray<string> ActorIds,
    ImmutableArray<double> Positions,
    ImmutableArray<double> Saliences,
    ImmutableArray<double> Capabilities)
{
    /// <summary>Gets the number of counted actors.</summary>
    public int Count => ActorIds.Length;

    /// <summary>Returns the effective weights w_k = c_k · s_k (§1.2).</summary>
    /// <returns>A new array of weights.</returns>
    public double[] Weights()
    {
        var w = new double[Count];
        for (var k = 0; k < w.Length; k++)
        {
            w[k] = Capabilities[k] * Saliences[k];
        }

        return w;
    }
}
