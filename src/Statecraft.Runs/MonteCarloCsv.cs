using System.Globalization;
using System.Text;
using Statecraft.Model.Randomness;
using Statecraft.Model.Uncertainty;
using Statecraft.Reports;

namespace Statecraft.Runs;

/// <summary>Writes Monte Carlo replicates as tidy CSV: <c>replicate,seed,issue,value</c>, one row per replicate and issue
/// (the rows the store keeps), as the replicates complete.</summary>
/// <remarks>
/// <para>Given to <see cref="MonteCarloForecaster.Run"/> (through <see cref="RunExecutor.Execute(Model.Domain.Scenario, Storage.RunRequest, IProgress{double}?, CancellationToken, string?, IReplicateSink?)"/>) as its
/// <see cref="IReplicateSink"/>, it writes each block of rows to the text writer as soon as the block and every block before it are
/// done, so the text is never held whole: memory stays at a few blocks however many replicates run. An issue with no
/// forecast in a replicate has an empty value. The bytes are the same on any number of threads.</para>
/// <para>Not thread-safe; the engine calls it from one thread at a time.</para>
/// </remarks>
public sealed class MonteCarloCsv : IReplicateSink
{
    private readonly TextWriter _writer;
    private readonly string[] _issueIds;
    private readonly ulong _seed;
    private readonly StringBuilder _block = new();

    /// <summary>Starts the CSV: writes the header line to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the rows go; the caller flushes and closes it.</param>
    /// <param name="issueIds">The issues in scenario order (the order of the outcomes of a replicate).</param>
    /// <param name="seed">The root seed; replicate i's seed is <see cref="SeedSequence.Derive"/>(seed, i).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public MonteCarloCsv(TextWriter writer, IEnumerable<string> issueIds, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(issueIds);
        _writer = writer;
        _issueIds = [.. issueIds];
        _seed = seed;
        _writer.Write("replicate,seed,issue,value\n");
    }

    /// <summary>Writes the rows of a finished result from the samples it holds, replicate by replicate.</summary>
    /// <param name="result">The result (e.g. merged from shards).</param>
    /// <param name="writer">Where the CSV goes, header first.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(MonteCarloResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        var csv = new MonteCarloCsv(writer, result.Issues.Select(d => d.IssueId), result.Seed);
        var width = result.Issues.Length;
        var block = new double[MonteCarloForecaster.BlockSize * width];
        for (var first = 0; first < result.Runs; first += MonteCarloForecaster.BlockSize)
        {
            var count = Math.Min(MonteCarloForecaster.BlockSize, result.Runs - first);
            for (var r = 0; r < count; r++)
            {
                for (var d = 0; d < width; d++)
                {
                    block[(r * width) + d] = result.Issues[d].Samples[first + r];
                }
            }

            csv.Accept(first, block.AsSpan(0, count * width));
        }
    }

    /// <inheritdoc/>
    public void Accept(int first, ReadOnlySpan<double> outcomes)
    {
        var width = _issueIds.Length;
        _block.Clear();
        for (var r = 0; r < outcomes.Length / width; r++)
        {
            var replicate = first + r;
            var seed = SeedSequence.Derive(_seed, (ulong)replicate);
            for (var d = 0; d < width; d++)
            {
                var v = outcomes[(r * width) + d];
                _block.Append(CultureInfo.InvariantCulture, $"{replicate},{seed},{_issueIds[d]},{(double.IsNaN(v) ? string.Empty : ForecastJsonWriter.Format(v))}\n");
            }
        }

        _writer.Write(_block);
    }
}
