using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;
using Statecraft.Testing;

namespace Statecraft.Storage.Tests;

public sealed class RunRecorderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-recorder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Replay_SavedMonteCarloRun_RerunGivesBitIdenticalSamples()
    {
        // Given: a Monte Carlo run with a command-line spec and model settings, saved with its samples.
        var scenario = SyntheticScenarios.Create(6, 3, 77) with { Uncertainty = new UncertaintySpec { PositionShare = 0.2 } };
        var request = new RunRequest("monte-carlo", "median", ModelSettings.Empty.With("method", "vote-scan"), 123)
        {
            Runs = 150,
            Threads = 2,
            Uncertainty = new UncertaintySpec { SalienceSigma = 0.5, Overrides = [new UncertaintyOverride("a1", null) { CapabilitySigma = 1 }] },
        };
        var first = Run(scenario, request);
        long id;
        using (var store = RunStore.Open(Path.Combine(_folder, "runs.db")))
        {
            id = store.Save(RunRecorder.Record(scenario, request, "0.1.0", DateTimeOffset.UnixEpoch, "{}"), RunRecorder.Samples(first));
        }

        // When
        using var reopened = RunStore.Open(Path.Combine(_folder, "runs.db"));
        var record = reopened.Find(id)!;
        var (storedScenario, storedRequest) = RunRecorder.Replay(record);
        var again = Run(storedScenario, storedRequest with { Threads = 1 });

        // Then
        Assert.True(storedScenario.ContentEquals(scenario));
        Assert.True(storedRequest.ContentEquals(request));
        var saved = reopened.Samples(id);
        Assert.Equal(150 * 3, saved.Count);
        Assert.Equal(saved, RunRecorder.Samples(again).ToList());
        Assert.Equal(first.Issues.Select(d => d.P50), again.Issues.Select(d => d.P50));
    }

    [Fact]
    public void Replay_TamperedScenarioText_Refused()
    {
        var scenario = SyntheticScenarios.Create(2, 1);
        var record = RunRecorder.Record(scenario, new RunRequest("forecast", "compromise", ModelSettings.Empty, 1), "0.1.0", DateTimeOffset.UnixEpoch, "{}") with { Id = 9 };
        var tampered = record with { ScenarioText = record.ScenarioText.Replace("Actor 0", "Actor X", StringComparison.Ordinal) };
        var ex = Assert.Throws<InvalidDataException>(() => RunRecorder.Replay(tampered));
        Assert.Equal($"Run 9: the stored scenario does not match its hash {record.ScenarioHash}.", ex.Message);
    }

    [Fact]
    public void RunRequest_JsonRoundTrip_KeepsEveryField()
    {
        var request = new RunRequest("what-if", "eu", ModelSettings.Empty.With("preset", "scholz-code"), ulong.MaxValue)
        {
            Runs = 10,
            Threads = 4,
            HistogramBins = 7,
            Samples = 64,
            Shocks = ["drop:usa", "merge:a+b"],
        };
        var back = RunRequest.FromJson(request.ToJson());
        Assert.True(back.ContentEquals(request));
        Assert.Equal(ulong.MaxValue, back.Seed);
        Assert.Equal(["drop:usa", "merge:a+b"], back.Shocks.ToArray());
    }

    [Fact]
    public void RunRequest_ToJson_OpensWithTheSharedJsonHeader()
    {
        var request = new RunRequest("monte-carlo", "median", ModelSettings.Empty.With("method", "vote-scan"), 7) { Source = "eu-2025", Runs = 20 };
        Assert.Equal(
            """{"scenario":"eu-2025","model":"median","settings":{"method":"vote-scan"},"seed":7,"kind":"monte-carlo","runs":20,"threads":1,"histogramBins":20,"samples":0,"uncertainty":null,"shocks":[]}""",
            request.ToJson());
    }

    [Fact]
    public void RunRequest_FromJson_ReadsARequestStoredInTheFirstLayout()
    {
        // As stores written before the shared JSON header hold them: kind first, the source as "source".
        const string Stored = """{"kind":"what-if","model":"eu","source":"samples/eu.yaml","settings":{"preset":"scholz-code"},"seed":18446744073709551615,"runs":10,"threads":4,"histogramBins":7,"samples":64,"uncertainty":null,"shocks":["drop:usa"]}""";
        var read = RunRequest.FromJson(Stored);
        var expected = new RunRequest("what-if", "eu", ModelSettings.Empty.With("preset", "scholz-code"), ulong.MaxValue)
        {
            Source = "samples/eu.yaml",
            Runs = 10,
            Threads = 4,
            HistogramBins = 7,
            Samples = 64,
            Shocks = ["drop:usa"],
        };
        Assert.True(read.ContentEquals(expected), read.ToJson());
    }

    private static MonteCarloResult Run(Scenario scenario, RunRequest request)
    {
        ModelCatalog.TryGet(request.Model, out var model);
        var options = new MonteCarloOptions { Runs = request.Runs, HistogramBins = request.HistogramBins, Uncertainty = request.Uncertainty };
        return MonteCarloForecaster.Run(model, scenario, request.Settings, options, new ModelRunContext(request.Seed) { MaxDegreeOfParallelism = request.Threads });
    }
}
