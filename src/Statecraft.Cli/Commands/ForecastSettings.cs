using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands;

/// <summary>The arguments of <c>statecraft forecast</c>.</summary>
internal sealed class ForecastSettings : ScenarioSettings
{
    [CommandOption("-m|--model <NAME>")]
    [Description("The model to run (see 'statecraft models'). Default: compromise.")]
    public string? Model { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output format: table, json or csv. Default: table.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("-o|--out <FILE>")]
    [Description("Write the output to FILE (atomically) instead of the terminal.")]
    public string? Out { get; init; }

    [CommandOption("--chart <FILE>")]
    [Description("Draw every actor's position per round with the median and mean, as .svg or .png.")]
    public string? Chart { get; init; }

    [CommandOption("--preset <NAME>")]
    [Description("A named bundle of model options (e.g. scholz-code or paper-literal for the eu model).")]
    public string? Preset { get; init; }

    [CommandOption("--rounds <N>")]
    [Description("The number of rounds of a dynamic model.")]
    [WholeNumber("rounds")]
    public int? Rounds { get; init; }

    [CommandOption("--set <NAME=VALUE>")]
    [Description("Set any model option, e.g. --set weighting=salience (repeatable). Overrides the scenario file.")]
    public string[] Set { get; init; } = [];

    [CommandOption("--seed <SEED>")]
    [Description("The random seed (stochastic models). Default: the scenario's seed, else 42.")]
    [WholeNumber(0, ulong.MaxValue)]
    public ulong? Seed { get; init; }

    [CommandOption("--runs <N>")]
    [Description("Run a Monte Carlo forecast of N replicates with perturbed inputs (docs/uncertainty.md) and show each issue's distribution.")]
    [WholeNumber(1, Statecraft.Model.Uncertainty.MonteCarloOptions.MaxRuns)]
    public int? Runs { get; init; }

    [CommandOption("--threads <T>")]
    [Description("Threads for --runs (default: all cores). The numbers never depend on it.")]
    [WholeNumber(1, WholeNumberAttribute.MaxThreads)]
    public int? Threads { get; init; }

    [CommandOption("--shard <K/M>")]
    [Description("With --runs: compute only shard K of M (K from 0 to M - 1) of the replicates and write it to --shard-out; auto/M takes K from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX. 'statecraft merge' folds the shards (docs/scale-out.md).")]
    public string? Shard { get; init; }

    [CommandOption("--shard-out <DIR>")]
    [Description("The folder --shard writes its shard file to (created when missing).")]
    public string? ShardOut { get; init; }

    [CommandOption("--store <FILE>")]
    [Description("The run store (SQLite) that keeps --runs results. Default: $STATECRAFT_STORE, else the user's local data folder.")]
    public string? Store { get; init; }

    [CommandOption("--no-store")]
    [Description("Do not save the --runs result in the run store.")]
    public bool NoStore { get; init; }

    public override ValidationResult Validate()
    {
        if (OptionChecks.Conflict(Store is not null, "--store", NoStore, "--no-store") is { } conflict)
        {
            return ValidationResult.Error(conflict);
        }

        if ((OptionChecks.Requires(Threads is not null, "--threads", Runs is not null, "--runs N")
            ?? OptionChecks.Requires(Store is not null, "--store", Runs is not null, "--runs N")
            ?? OptionChecks.Requires(NoStore, "--no-store", Runs is not null, "--runs N")) is { } alone)
        {
            return ValidationResult.Error(alone);
        }

        if (Shard is not null && Runs is null)
        {
            return ValidationResult.Error($"--shard {Shard} needs --runs N: it splits the replicates of a Monte Carlo forecast.");
        }

        if (ShardOption.Check(Shard, ShardOut, ("--out", Out is not null), ("--chart", Chart is not null), ("--format", !Format.Equals("table", StringComparison.OrdinalIgnoreCase)), ("--store", Store is not null)) is { } shard)
        {
            return ValidationResult.Error(shard);
        }

        if (OptionChecks.Format(Format, "table", "json", "csv") is { } format)
        {
            return ValidationResult.Error(format);
        }

        if (OptionChecks.SetPairs(Set, "weighting=salience") is { } set)
        {
            return ValidationResult.Error(set);
        }

        if (OptionChecks.Chart(Chart) is { } chart)
        {
            return ValidationResult.Error(chart);
        }

        if ((OptionChecks.OutputFiles(("--out", Out), ("--chart", Chart))
            ?? OptionChecks.OutputFolder("--shard-out", ShardOut)
            ?? OptionChecks.Store(Runs is not null && !NoStore && Shard is null, Store)) is { } output)
        {
            return ValidationResult.Error(output);
        }

        return base.Validate();
    }
}
