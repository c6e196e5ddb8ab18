namespace Statecraft.Storage;

/// <summary>What a shard file says about itself: the run it belongs to (scenario, request, tool version) and which rows of it the shard holds.</summary>
/// <remarks>
/// <para>A run of <see cref="Rows"/> rows (Monte Carlo replicates, one-at-a-time cases or Sobol base samples) of
/// <see cref="Width"/> values each is cut into <see cref="Shards"/> contiguous shards on blocks of <see cref="BlockSize"/>
/// rows; this shard holds rows [<see cref="Start"/>, <see cref="Start"/> + <see cref="Count"/>). Every shard of one run has
/// the same header except <see cref="Shard"/>, <see cref="Start"/>, <see cref="Count"/> and the request's thread count.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Request">The run: kind, model, options, seed, N and noise (its thread count is the shard's own).</param>
/// <param name="ScenarioText">The scenario's canonical text (<see cref="ScenarioCanonicalForm"/>), so a merge needs no scenario file.</param>
/// <param name="ScenarioHash">The SHA-256 of <paramref name="ScenarioText"/>, 64 lower-case hex digits.</param>
/// <param name="ToolVersion">The Statecraft version that computed the shard.</param>
/// <param name="Shard">The shard k, 0-based.</param>
/// <param name="Shards">The number of shards M.</param>
/// <param name="Rows">The rows of the whole run.</param>
/// <param name="BlockSize">The engine's block size; shard boundaries are multiples of it.</param>
/// <param name="Width">The values per row.</param>
/// <param name="Start">The shard's first row.</param>
/// <param name="Count">The shard's rows.</param>
public sealed record ShardHeader(
    RunRequest Request,
    string ScenarioText,
    string ScenarioHash,
    string ToolVersion,
    int Shard,
    int Shards,
    int Rows,
    int BlockSize,
    int Width,
    int Start,
    int Count)
{
    /// <summary>Gets the number of payload values: <see cref="Count"/> · <see cref="Width"/>.</summary>
    public long Values => (long)Count * Width;
}
