namespace Statecraft.Model.Domain;

/// <summary>The home front of one actor, the regime: an Epstein civil-violence arena coupled to the bargaining (§6.2).</summary>
/// <remarks>
/// <para>At most one actor of a scenario owns an arena. <see cref="Unrest"/> holds the civil-violence parameters as
/// named options (<c>preset</c>, <c>legitimacy</c>, <c>cop-density</c>, <c>vision</c>, <c>legitimacy-law</c>, …; see
/// <c>UnrestSettings</c>), and <see cref="Coupling"/> the two-front coefficients (<c>alpha</c>, <c>eta</c>,
/// <c>gamma</c>, <c>delta</c>, <c>sigma</c>, <c>epsilon</c>, <c>ticks-per-round</c>, …; see <c>TwoFrontOptions</c>).
/// Their rationales live in <see cref="Scenario.Rationales"/> under <c>arena.unrest.{name}</c> and
/// <c>arena.coupling.{name}</c>.</para>
/// <para>Immutable and thread-safe. Use <see cref="ContentEquals"/> to compare arenas.</para>
/// </remarks>
/// <param name="RegimeId">The actor whose legitimacy, capability and survival saliences the arena moves.</param>
public sealed record DomesticArena(string RegimeId)
{
    /// <summary>Gets the civil-violence options, kebab-case names and values.</summary>
    public ModelSettings Unrest { get; init; } = ModelSettings.Empty;

    /// <summary>Gets the coupling coefficients, kebab-case names and values; command-line options override them.</summary>
    public ModelSettings Coupling { get; init; } = ModelSettings.Empty;

    /// <summary>Gets the arena's own random seed; <see langword="null"/> derives it from the run's seed.</summary>
    public ulong? Seed { get; init; }

    /// <summary>Compares two arenas by content.</summary>
    /// <param name="other">The other arena.</param>
    /// <returns><see langword="true"/> when both have the same regime, options and seed.</returns>
    public bool ContentEquals(DomesticArena? other) =>
        other is not null && RegimeId == other.RegimeId && Seed == other.Seed
        && Unrest.ContentEquals(other.Unrest) && Coupling.ContentEquals(other.Coupling);
}
