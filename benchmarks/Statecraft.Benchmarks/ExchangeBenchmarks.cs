using System.Globalization;
using BenchmarkDotNet.Attributes;
using Statecraft.Model.Exchange;
using Statecraft.Model.Exchange.Options;

namespace Statecraft.Benchmarks;

/// <summary>
/// The exchange model (§4) on decide's example inputs: the road-toll sample (10 actors × 6 issues) and
/// COP21 (15 × 13, about 1,500 candidates a round). Parsing happens in setup; the benchmark runs the model.
/// </summary>
[MemoryDiagnoser]
public class ExchangeBenchmarks
{
    private ExchangeProblem _problem = null!;
    private ExchangeOptions _options = ExchangeOptions.Default;

    [Params("sample_data.txt", "cop21.csv")]
    public string Data { get; set; } = "cop21.csv";

    [Params(1, 10)]
    public int Rounds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _problem = Read(Path.Combine(AppContext.BaseDirectory, "data", "exchange", Data));
        _options = ExchangeOptions.Default with { Rounds = Rounds };
    }

    [Benchmark]
    public ExchangeResult EqualGain() => ExchangeEngine.Run(_problem, _options);

    /// <summary>Reads the #A, #P, #M and #D rows of a decide file into a problem (capability = power, positions rescaled).</summary>
    internal static ExchangeProblem Read(string path)
    {
        var rows = File.ReadLines(path)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => l.Split(l.Contains('\t', StringComparison.Ordinal) ? '\t' : ';').Select(f => f.Trim().Trim('\'')).ToArray())
            .ToList();
        var actors = rows.Where(r => r[0] == "#A").Select(r => r[1]).ToList();
        var issues = rows.Where(r => r[0] == "#P").Select(r => r[1]).ToList();
        var marks = rows.Where(r => r[0] == "#M").GroupBy(r => r[1]).ToDictionary(g => g.Key, g => g.Select(r => Number(r[2])).ToList());
        int n = actors.Count, d = issues.Count;
        var x = new double[n * d];
        var s = new double[n * d];
        var c = new double[n * d];
        foreach (var r in rows.Where(r => r[0] == "#D"))
        {
            var k = (actors.IndexOf(r[1]) * d) + issues.IndexOf(r[2]);
            var (min, max) = marks.TryGetValue(r[2], out var m) ? (m.Min(), m.Max()) : (0.0, 100.0);
            x[k] = ExchangeProblem.ToInternal(Number(r[3]), min, max);
            s[k] = Number(r[4]);
            c[k] = Number(r[5]);
        }

        return new ExchangeProblem(n, d, [.. x], [.. s], [.. c]);
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
