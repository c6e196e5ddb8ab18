namespace Statecraft.Model.Unrest;

/// <summary>The counts at the end of one tick of the civil-violence model (§5.12).</summary>
/// <remarks>Quiet + Active + Jailed = the agent count. Immutable and thread-safe; <c>default</c> is an empty tick 0.</remarks>
/// <param name="Tick">τ; 0 is the initial state.</param>
/// <param name="Quiet">Quiet free agents.</param>
/// <param name="Active">Active free agents.</param>
/// <param name="Jailed">Jailed agents.</param>
/// <param name="Legitimacy">L in force for the next tick (under local scope, the mean of the agents' L_i). Range: [0, 1].</param>
public readonly record struct UnrestTick(int Tick, int Quiet, int Active, int Jailed, double Legitimacy)
{
    /// <summary>Gets the agent count N.</summary>
    public int Agents => Quiet + Active + Jailed;
}
