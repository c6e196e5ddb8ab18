using System.Globalization;
using Spectre.Console;
using Statecraft.Model.Domain;
using Statecraft.Reports;
using Statecraft.Storage;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Saves a finished run in the run store, unless the user said <c>--no-store</c>.</summary>
internal static class StoreWriter
{
    public static long? Save(IAnsiConsole console, string? storePath, bool noStore, bool quiet, Scenario scenario, RunRequest request, ExecutedRun run)
    {
        if (noStore)
        {
            return null;
        }

        var path = storePath ?? RunStore.DefaultPath();
        using var store = RunStore.Open(path);
        var record = RunRecorder.Record(scenario, request, RunManifest.CurrentToolVersion, DateTimeOffset.UtcNow, run.Json);
        var id = store.Save(record, run.MonteCarlo is { } mc ? RunRecorder.Samples(mc) : null);
        if (!quiet)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[dim]saved as run {id} in {Markup.Escape(path)} (statecraft runs show {id})[/]"));
        }

        return id;
    }
}
