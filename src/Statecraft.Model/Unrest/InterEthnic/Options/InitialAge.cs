namespace Statecraft.Model.Unrest.InterEthnic.Options;

/// <summary>The ages of the agents placed at tick 0 in Model II.</summary>
/// <remarks>
/// The paper gives each agent a random death age from U(0, A_max) (§5.13) but not the starting ages.
/// <b>[Statecraft]</b> choice: <see cref="Newborn"/> (default, as the replication specification does);
/// <see cref="Staggered"/> starts the population at a random point of each life, so the first generation does not die
/// out faster than later ones would.
/// </remarks>
public enum InitialAge
{
    /// <summary>Every initial agent is aged 0. The default.</summary>
    Newborn,

    /// <summary>Each initial agent's age is an integer uniform on {0, …, d − 1}, d its death age.</summary>
    Staggered,
}
