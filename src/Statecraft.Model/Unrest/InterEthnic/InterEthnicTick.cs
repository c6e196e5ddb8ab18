namespace Statecraft.Model.Unrest.InterEthnic;

/// <summary>The counts at the end of one tick of Model II (inter-group violence).</summary>
/// <remarks>
/// <para>Group sizes count every living member, free or jailed. The population changes only by births, natural deaths
/// and killings: (Blue + Green)_τ − (Blue + Green)_{τ−1} = Births − Deaths − Killed.</para>
/// <para>Immutable and thread-safe; <c>default</c> is an empty tick 0.</para>
/// </remarks>
/// <param name="Tick">τ; 0 is the initial state.</param>
/// <param name="Blue">Living Blue agents (free or jailed).</param>
/// <param name="Green">Living Green agents (free or jailed).</param>
/// <param name="ActiveBlue">Free Blue agents that are active (have just killed, under the default activation).</param>
/// <param name="ActiveGreen">Free Green agents that are active.</param>
/// <param name="JailedBlue">Jailed Blue agents.</param>
/// <param name="JailedGreen">Jailed Green agents.</param>
/// <param name="Killed">Agents killed during the tick.</param>
/// <param name="Births">Agents born (cloned) during the tick.</param>
/// <param name="Deaths">Agents that died of age during the tick, in jail or free.</param>
/// <param name="Arrests">Arrests made during the tick.</param>
/// <param name="Cops">Cops on duty during the tick.</param>
/// <param name="CumulativeKilled">Agents killed from τ = 1 to this tick.</param>
public readonly record struct InterEthnicTick(
    int Tick,
    int Blue,
    int Green,
    int ActiveBlue,
    int ActiveGreen,
    int JailedBlue,
    int JailedGreen,
    int Killed,
    int Births,
    int Deaths,
    int Arrests,
    int Cops,
    long CumulativeKilled)
{
    /// <summary>Gets the number of unordered pairs of free agents standing on Moore-adjacent sites (each pair counted once).</summary>
    public int AdjacentPairs { get; init; }

    /// <summary>Gets the number of <see cref="AdjacentPairs"/> whose two agents belong to different groups.</summary>
    public int MixedPairs { get; init; }

    /// <summary>Gets the share of adjacent pairs that are mixed, a measure of local ethnic cleansing. Range: [0, 1]; 0 with no pairs.</summary>
    /// <remarks>About 0.5 for two equal groups placed at random; it falls towards 0 as the groups separate into enclaves.
    /// <b>[Statecraft]</b> measure; the paper shows the cleansing in its lattice figures only.</remarks>
    public double MixedShare => AdjacentPairs == 0 ? 0 : (double)MixedPairs / AdjacentPairs;

    /// <summary>Gets the living agents of both groups.</summary>
    public int Population => Blue + Green;

    /// <summary>Gets the active agents of both groups.</summary>
    public int Active => ActiveBlue + ActiveGreen;

    /// <summary>Gets the jailed agents of both groups.</summary>
    public int Jailed => JailedBlue + JailedGreen;

    /// <summary>Returns the living members of <paramref name="group"/>.</summary>
    /// <param name="group">The group.</param>
    /// <returns><see cref="Blue"/> or <see cref="Green"/>.</returns>
    public int Size(EthnicGroup group) => group == EthnicGroup.Blue ? Blue : Green;
}
