using Statecraft.Model.Randomness;

namespace Statecraft.Model.Forecasting;

/// <summary>What a model run gets besides the scenario: its seed, a progress sink and a cancellation token.</summary>
/// <remarks>Immutable and thread-safe (the progress sink must be thread-safe itself).</remarks>
/// <param name="Seed">The root seed of every random stream the run uses.</param>
public sealed record ModelRunContext(ulong Seed)
{
    /// <summary>Gets a context with seed 42, no progress and no cancellation.</summary>
    public static ModelRunContext Default { get; } = new(42);

    /// <summary>Gets the progress sink, reporting the share done in [0, 1], if any.</summary>
    public IProgress<double>? Progress { get; init; }

    /// <summary>Gets the token that cancels the run.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Gets the largest number of threads the run may use; 1 runs on the calling thread.</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>Creates the random stream with the given index, derived from (<see cref="Seed"/>, <paramref name="stream"/>).</summary>
    /// <param name="stream">The stream index (e.g. a Monte Carlo run index, or an issue index).</param>
    /// <returns>A new generator.</returns>
    public IRandomSource CreateRandom(ulong stream) => new Xoshiro256StarStar(SeedSequence.Derive(Seed, stream));
}
