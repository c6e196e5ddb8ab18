namespace Statecraft.Model.Exchange.Options;

/// <summary>How the exchange model picks between candidates of equal gain (§4.8).</summary>
/// <remarks>Option <c>tie-break</c>; kebab-case values <c>generation-order</c> and <c>seeded-coin-flip</c>.</remarks>
public enum ExchangeTieBreak
{
    /// <summary>
    /// Rank by the gain rounded to 12 decimal places, highest first; equal gains by the gains they had at earlier picks,
    /// most recent first, and only then by generation index (default, deterministic). This is the order of decide with
    /// its coin flip off, which re-sorts the remaining list by gain before every pick with a stable sort; with the
    /// knife-edge rule of the cap it reproduces decide run in exact arithmetic.
    /// </summary>
    GenerationOrder,

    /// <summary>
    /// Rank by the raw gain; when the top two differ by less than 1e-20, a fair coin from the run's random stream picks
    /// one (decide's default behaviour). For fidelity studies only: results depend on the seed.
    /// </summary>
    SeededCoinFlip,
}
