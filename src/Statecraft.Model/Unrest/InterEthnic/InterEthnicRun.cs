using System.Collections.Immutable;
using Statecraft.Model.Unrest.InterEthnic.Options;

namespace Statecraft.Model.Unrest.InterEthnic;

/// <summary>The recorded ticks of one Model II run, with its outcome: the tick of genocide and the victor, if any.</summary>
/// <remarks>
/// <para>"Genocide" is the paper's word for one group's extinction (Epstein 2002, Model II): the first tick at which a
/// group that was present at tick 0 has no living member while the other still has some.</para>
/// <para>Immutable and thread-safe. Record equality compares <see cref="Ticks"/> by reference.</para>
/// </remarks>
/// <param name="Options">The options of the run.</param>
/// <param name="Ticks">Ticks 0 … τ_end in order.</param>
public sealed record InterEthnicRun(InterEthnicOptions Options, ImmutableArray<InterEthnicTick> Ticks)
{
    /// <summary>Gets the root seed, when the run was seeded from one.</summary>
    public ulong? Seed { get; init; }

    /// <summary>Gets the first tick at which one group is extinct and the other is not, or <see langword="null"/> if that never happens.</summary>
    public int? GenocideTick
    {
        get
        {
            if (Ticks.IsEmpty || Ticks[0].Blue == 0 || Ticks[0].Green == 0)
            {
                return null;
            }

            foreach (var t in Ticks)
            {
                if ((t.Blue == 0) != (t.Green == 0))
                {
                    return t.Tick;
                }
            }

            return null;
        }
    }

    /// <summary>Gets the surviving group at <see cref="GenocideTick"/>, or <see langword="null"/> when no genocide happened.</summary>
    public EthnicGroup? Victor => GenocideTick is { } tick
        ? Ticks[tick - Ticks[0].Tick].Blue > 0 ? EthnicGroup.Blue : EthnicGroup.Green
        : null;

    /// <summary>Gets the agents killed over the whole run.</summary>
    public long TotalKilled => Ticks.IsEmpty ? 0 : Ticks[^1].CumulativeKilled;
}
