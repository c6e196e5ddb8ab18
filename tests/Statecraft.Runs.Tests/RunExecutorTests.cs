using Statecraft.Scenarios.Formats;

namespace Statecraft.Runs.Tests;

public sealed class RunExecutorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("statecraft-runs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static LoadedScenario ThreeActors() =>
        ScenarioResolver.Resolve(Path.Combine(AppContext.BaseDirectory, "data", "cli", "three-actors.yaml"), ScenarioReadOptions.Default);

    [Fact]
    public void MonteCarlo_OneOrTwoThreads_SameJson()
    {
        var loaded = ThreeActors();
        var model = ModelResolver.Resolve(null);
        var settings = ModelResolver.Settings(loaded.Scenario, model, null, null, []);

        var one = RunExecutor.Execute(loaded.Scenario, RunRequests.MonteCarlo(loaded, model, settings, 5, 300, 1), null, CancellationToken.None);
        var two = RunExecutor.Execute(loaded.Scenario, RunRequests.MonteCarlo(loaded, model, settings, 5, 300, 2), null, CancellationToken.None);

        Assert.Equal(one.Json, two.Json);
        Assert.Equal(300, one.MonteCarlo!.Runs);
    }

    [Fact]
    public void MonteCarlo_ReportsProgressUpToOne_AndStopsWhenCancelled()
    {
        var loaded = ThreeActors();
        var model = ModelResolver.Resolve(null);
        var settings = ModelResolver.Settings(loaded.Scenario, model, null, null, []);
        var request = RunRequests.MonteCarlo(loaded, model, settings, 5, 2000, 1);
        var reports = new List<double>();

        RunExecutor.Execute(loaded.Scenario, request, new SyncProgress(reports.Add), CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.NotEmpty(reports);
        Assert.Equal(1.0, reports[^1], 12);
        Assert.ThrowsAny<OperationCanceledException>(() => RunExecutor.Execute(loaded.Scenario, request, null, cancelled.Token));
    }

    [Fact]
    public void WhatIf_UnknownActor_IsAUserInputError()
    {
        var loaded = ThreeActors();
        var model = ModelResolver.Resolve(null);
        var settings = ModelResolver.Settings(loaded.Scenario, model, null, null, []);
        var request = RunRequests.Sensitivity(loaded, model, settings, 5, sobol: false, samples: 0, ["drop:nobody"], threads: 1);

        var ex = Assert.Throws<UserInputException>(() => RunExecutor.Execute(loaded.Scenario, request, null, CancellationToken.None));

        Assert.StartsWith("--shock: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("nobody", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SavedRun_ReplaysToTheSameJson()
    {
        var loaded = ThreeActors();
        var model = ModelResolver.Resolve(null);
        var settings = ModelResolver.Settings(loaded.Scenario, model, null, null, []);
        var request = RunRequests.MonteCarlo(loaded, model, settings, 7, 200, 1);
        var run = RunExecutor.Execute(loaded.Scenario, request, null, CancellationToken.None);
        var storePath = Path.Combine(_folder, "runs.db");

        var stored = StoreWriter.Save(storePath, loaded.Scenario, request, run);
        using var store = RunStores.Open(storePath, mustExist: true);
        var record = RunStores.Find(store, stored.Id);
        var (scenario, replayed) = Storage.RunRecorder.Replay(record);

        Assert.Equal(storePath, stored.StorePath);
        Assert.Equal(run.Json, RunExecutor.Execute(scenario, replayed, null, CancellationToken.None).Json);
    }

    [Fact]
    public void Find_MissingRun_NamesTheStore()
    {
        var storePath = Path.Combine(_folder, "empty.db");
        using var store = RunStores.Open(storePath, mustExist: false);

        var ex = Assert.Throws<UserInputException>(() => RunStores.Find(store, 99));

        Assert.Equal($"no run 99 in {storePath}; see 'statecraft runs list'.", ex.Message);
    }

    [Fact]
    public void Open_MissingStoreThatMustExist_SaysHowRunsAreSaved()
    {
        var storePath = Path.Combine(_folder, "none.db");

        var ex = Assert.Throws<UserInputException>(() => RunStores.Open(storePath, mustExist: true));

        Assert.Equal($"no run store at {storePath}; runs are saved by 'forecast --runs N' and 'sensitivity'.", ex.Message);
    }

    [Fact]
    public void Backtest_NoOutcomes_NothingToScore()
    {
        var loaded = ThreeActors();

        var ex = Assert.Throws<UserInputException>(() => BacktestRunner.Run(loaded, null, null, CancellationToken.None));

        Assert.Equal($"{loaded.Name}: no issue has a recorded outcome, so there is nothing to score.", ex.Message);
    }

    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
