namespace Statecraft.Model.TwoFronts;

/// <summary>Something that happened in a coupled run: a ceasefire, an outburst, legitimacy crossing 1 − T, exhaustion (§6.7).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Round">The round.</param>
/// <param name="Tick">The arena tick, when the event belongs to one.</param>
/// <param name="Kind">
/// <c>ceasefire</c>, <c>outburst-start</c>, <c>outburst-end</c>, <c>legitimacy-below</c>, <c>legitimacy-above</c>,
/// <c>regime-capability-exhausted</c> or <c>survival-salience-saturated</c>.
/// </param>
/// <param name="Subject">The issue or actor concerned, if any.</param>
/// <param name="Detail">A short human-readable explanation.</param>
public sealed record TwoFrontEvent(int Round, int? Tick, string Kind, string? Subject, string Detail);
