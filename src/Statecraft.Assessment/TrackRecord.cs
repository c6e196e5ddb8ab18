using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Statecraft.Assessment;

/// <summary>How accurate each model has been on real decisions: the DEU II backtest (EU-15), as the library carries it.</summary>
/// <remarks>
/// <para>The figures are the output of <c>statecraft backtest tests/data/deu2/DEU2-EU15.csv</c> (vote weights, every
/// model at its default options, seed 42), kept in the embedded file <c>Data/deu2-eu15-backtest.csv</c>. A test
/// recomputes them with <c>Backtester.Run</c> and fails when they differ, so they cannot go stale; it rewrites the file
/// under <c>UPDATE_GOLDEN=1</c>.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class TrackRecord
{
    /// <summary>The name of the embedded file, under <c>src/Statecraft.Assessment/Data/</c>.</summary>
    public const string FileName = "deu2-eu15-backtest.csv";

    /// <summary>The CSV header.</summary>
    public const string Header = "model,baseline,n,mae,medianAE,rmse";

    /// <summary>Gets the DEU II (EU-15) figures of every model and naive baseline, in the order the backtest reports them.</summary>
    public static ImmutableArray<BacktestFigure> Deu2 { get; } = Parse(ReadResource());

    /// <summary>Writes figures in the embedded file's format (invariant culture, round-trip numbers, <c>\n</c> line ends).</summary>
    /// <param name="figures">The figures.</param>
    /// <returns>The CSV text.</returns>
    public static string Format(IEnumerable<BacktestFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var f in figures)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{f.Model},{(f.Baseline ? "true" : "false")},{f.N},{f.Mae:R},{f.MedianAE:R},{f.Rmse:R}\n");
        }

        return sb.ToString();
    }

    /// <summary>Parses the embedded file's format.</summary>
    /// <param name="text">The CSV text.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="FormatException">A line does not have six fields or a number does not parse.</exception>
    public static ImmutableArray<BacktestFigure> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var figures = ImmutableArray.CreateBuilder<BacktestFigure>();
        foreach (var line in text.Split('\n').Skip(1).Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            if (f.Length != 6)
            {
                throw new FormatException($"{FileName}: '{line}' has {f.Length} fields; expected 6 ({Header}).");
            }

            figures.Add(new BacktestFigure(f[0], f[1] == "true", int.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture)));
        }

        return figures.ToImmutable();
    }

    private static string ReadResource()
    {
        using var stream = typeof(TrackRecord).Assembly.GetManifestResourceStream("Statecraft.Assessment.Data." + FileName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
