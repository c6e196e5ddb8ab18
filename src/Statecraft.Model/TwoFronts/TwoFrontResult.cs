using System.Collections.Immutable;
using Statecraft.Model.Forecasting;
using Statecraft.Model.TwoFronts.Options;
using Statecraft.Model.Unrest;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.TwoFronts;

/// <summary>The result of a coupled two-front run: the rounds, the arena's ticks and the events.</summary>
/// <remarks>Immutable and thread-safe. Record equality compares the arrays by reference.</remarks>
/// <param name="Model">The bargaining model's name.</param>
/// <param name="RegimeId">The regime's actor id, or <see langword="null"/> without an arena.</param>
/// <param name="Options">The coupling options used.</param>
/// <param name="Rounds">Round 0 (the initial state) and every round played.</param>
/// <param name="Events">The events in order.</param>
public sealed record TwoFrontResult(
    string Model,
    string? RegimeId,
    TwoFrontOptions Options,
    ImmutableArray<TwoFrontRound> Rounds,
    ImmutableArray<TwoFrontEvent> Events)
{
    /// <summary>Gets the arena's options, when there is an arena.</summary>
    public UnrestOptions? ArenaOptions { get; init; }

    /// <summary>Gets the arena's seed, when there is an arena.</summary>
    public ulong? ArenaSeed { get; init; }

    /// <summary>Gets the bargaining model's last forecast (from the last round's run).</summary>
    public Forecast? LastForecast { get; init; }

    /// <summary>Gets every arena tick in order, tick 0 first.</summary>
    public ImmutableArray<UnrestTick> Ticks => [.. Rounds.SelectMany(r => r.Ticks)];
}
