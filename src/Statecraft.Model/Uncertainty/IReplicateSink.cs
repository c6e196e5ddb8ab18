namespace Statecraft.Model.Uncertainty;

/// <summary>Receives the outcomes of Monte Carlo replicates as they complete, block by block in replicate order, so that a
/// caller can write them out without the engine holding them.</summary>
/// <remarks>
/// <see cref="MonteCarloForecaster.Run"/>
/// calls <see cref="Accept"/> once per block of <see cref="MonteCarloForecaster.BlockSize"/> replicates (the last block may
/// be shorter), with the blocks in order and never two calls at once, though not always from the same thread. The
/// replicates are computed in parallel; a bounded window of blocks waits for the earlier ones, so at most a few blocks per
/// thread are held at any time. Implementations need not be thread-safe.
/// </remarks>
public interface IReplicateSink
{
    /// <summary>Takes the outcomes of replicates <paramref name="first"/> … <paramref name="first"/> + n − 1.</summary>
    /// <param name="first">The index of the block's first replicate.</param>
    /// <param name="outcomes">Replicate r's value of issue d at [(r − first)·issues + d], in scenario order of the issues; NaN where the model gave no forecast. Valid only during the call.</param>
    /// <remarks>An exception thrown here stops the run and reaches the caller of <c>Run</c>.</remarks>
    void Accept(int first, ReadOnlySpan<double> outcomes);
}
