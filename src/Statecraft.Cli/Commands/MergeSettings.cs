using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands;

/// <summary>The arguments of <c>statecraft merge</c>.</summary>
internal sealed class MergeSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("The folder the shards were written to (--shard-out).")]
    public string Folder { get; init; } = string.Empty;

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output format: table, json or csv (csv for Monte Carlo forecasts and unrest sweeps; json not for sweeps). Default: table.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("-o|--out <FILE>")]
    [Description("Monte Carlo forecasts and unrest sweeps: write the output to FILE (atomically) instead of the terminal.")]
    public string? Out { get; init; }

    [CommandOption("--chart <FILE>")]
    [Description("Monte Carlo forecasts: draw each issue's distribution, as .svg or .png.")]
    public string? Chart { get; init; }

    [CommandOption("--top <N>")]
    [Description("Sensitivity: inputs shown per issue in the table. Default: 5.")]
    [WholeNumber(1, 1_000_000)]
    public int? Top { get; init; }

    [CommandOption("--threads <T>")]
    [Description("Threads for the merge (default: all cores). The numbers never depend on it.")]
    [WholeNumber(1, WholeNumberAttribute.MaxThreads)]
    public int? Threads { get; init; }

    [CommandOption("--store <FILE>")]
    [Description("The run store (SQLite) that keeps the merged run (not for unrest sweeps, which are not stored). Default: $STATECRAFT_STORE, else the user's local data folder.")]
    public string? Store { get; init; }

    [CommandOption("--no-store")]
    [Description("Do not save the merged run in the run store.")]
    public bool NoStore { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Show stack traces of unexpected errors.")]
    public bool Verbose { get; init; }

    public override ValidationResult Validate()
    {
        if (OptionChecks.Format(Format, "table", "json", "csv") is { } format)
        {
            return ValidationResult.Error(format);
        }

        if (OptionChecks.Chart(Chart) is { } chart)
        {
            return ValidationResult.Error(chart);
        }

        if ((OptionChecks.OutputFiles(("--out", Out), ("--chart", Chart))
            ?? OptionChecks.Store(!NoStore, Store)) is { } output)
        {
            return ValidationResult.Error(output);
        }

        return base.Validate();
    }
}
