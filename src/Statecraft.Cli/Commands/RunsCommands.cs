using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Storage;
using Statecraft.Runs;

namespace Statecraft.Cli.Commands;

/// <summary><c>statecraft runs list</c>: the most recent runs in the store, newest first.</summary>
internal sealed class RunsListCommand(IAnsiConsole console) : Command<RunsListSettings>
{
    public override int Execute(CommandContext context, RunsListSettings settings, CancellationToken cancellationToken)
    {
        var path = settings.Store ?? RunStore.DefaultPath();
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            console.MarkupLine($"no runs yet: there is no run store at {Markup.Escape(path)}; runs are saved by 'forecast --runs N' and 'sensitivity'.");
            return ExitCodes.Ok;
        }

        using var store = RunStores.OpenForReading(path);
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Id", "When (UTC)", "Kind", "Scenario", "Model", "Seed", "Runs", "Hash" })
        {
            table.AddColumn(column);
        }

        foreach (var r in store.List(Math.Max(1, settings.Limit)))
        {
            table.AddRow(
                r.Id.ToString(CultureInfo.InvariantCulture),
                r.CreatedUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Markup.Escape(r.Kind),
                Markup.Escape(r.ScenarioTitle),
                Markup.Escape(r.Model),
                r.Seed.ToString(CultureInfo.InvariantCulture),
                r.Runs.ToString(CultureInfo.InvariantCulture),
                r.ScenarioHash[..12]);
        }

        console.Write(table);
        console.MarkupLine($"[dim]{Markup.Escape(store.Path)}[/]");
        return ExitCodes.Ok;
    }
}

/// <summary><c>statecraft runs show ID</c>: a run's manifest and its results JSON.</summary>
internal sealed class RunsShowCommand(IAnsiConsole console) : Command<RunIdSettings>
{
    public override int Execute(CommandContext context, RunIdSettings settings, CancellationToken cancellationToken)
    {
        using var store = RunStores.OpenForReading(settings.Store);
        var r = RunStores.Find(store, settings.Id);
        var w = console.Profile.Out.Writer;
        w.Write(string.Create(CultureInfo.InvariantCulture,
            $"run {r.Id}: {r.Kind}, model {r.Model}, seed {r.Seed}, {r.Runs} runs, {r.Threads} threads, Statecraft {r.ToolVersion}, {r.CreatedUtc:yyyy-MM-dd HH:mm:ss} UTC\nscenario: {r.ScenarioTitle} (sha256 {r.ScenarioHash})\noptions: {r.OptionsJson}\n"));
        w.Write(r.ResultsJson);
        return ExitCodes.Ok;
    }
}

/// <summary><c>statecraft runs rerun ID</c>: replays a stored run from its stored scenario and options, and checks that the results are identical.</summary>
internal sealed class RunsRerunCommand(IAnsiConsole console) : Command<RunIdSettings>
{
    public override int Execute(CommandContext context, RunIdSettings settings, CancellationToken cancellationToken)
    {
        using var store = RunStores.OpenForReading(settings.Store);
        var record = RunStores.Find(store, settings.Id);
        var (scenario, request) = RunRecorder.Replay(record);
        var run = MonteCarloForecast.WithProgress(console, request.Runs, p => RunExecutor.Execute(scenario, request, p, cancellationToken, record.ToolVersion));
        if (run.Json == record.ResultsJson)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]run {record.Id} reproduced[/]: identical results ({record.Kind}, model {Markup.Escape(record.Model)}, seed {record.Seed})."));
            return ExitCodes.Ok;
        }

        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[red]run {record.Id} differs[/] from its stored results (stored by Statecraft {Markup.Escape(record.ToolVersion)}, now {Markup.Escape(Reports.RunManifest.CurrentToolVersion)})."));
        console.Profile.Out.Writer.Write(run.Json);
        return ExitCodes.Failure;
    }
}

/// <summary><c>statecraft runs delete ID</c>: deletes one run and its samples.</summary>
internal sealed class RunsDeleteCommand(IAnsiConsole console) : Command<RunIdSettings>
{
    public override int Execute(CommandContext context, RunIdSettings settings, CancellationToken cancellationToken)
    {
        using var store = RunStores.Open(settings.Store, mustExist: true);
        if (!store.Delete(settings.Id))
        {
            RunStores.Find(store, settings.Id); // throws the "no run ID in STORE" message
        }

        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"deleted run {settings.Id} from {Markup.Escape(store.Path)}"));
        return ExitCodes.Ok;
    }
}

/// <summary><c>statecraft runs prune --keep N | --older-than AGE</c>: deletes old runs.</summary>
internal sealed class RunsPruneCommand(IAnsiConsole console) : Command<RunsPruneSettings>
{
    public override int Execute(CommandContext context, RunsPruneSettings settings, CancellationToken cancellationToken)
    {
        using var store = RunStores.Open(settings.Store, mustExist: true);
        var before = settings.Age is { } age ? DateTimeOffset.UtcNow - age : (DateTimeOffset?)null;
        var deleted = store.Prune(settings.Keep, before);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"deleted {deleted} run(s) from {Markup.Escape(store.Path)}"));
        return ExitCodes.Ok;
    }
}
