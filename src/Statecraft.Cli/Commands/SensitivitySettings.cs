using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands;

/// <summary>The arguments of <c>statecraft sensitivity</c>.</summary>
internal sealed class SensitivitySettings : ScenarioSettings
{
    [CommandOption("-m|--model <NAME>")]
    [Description("The model to run (see 'statecraft models'). Default: compromise.")]
    public string? Model { get; init; }

    [CommandOption("--method <METHOD>")]
    [Description("oat (one at a time, default) or sobol (variance-based first-order and total indices).")]
    [DefaultValue("oat")]
    public string Method { get; init; } = "oat";

    [CommandOption("--samples <N>")]
    [Description("Sobol base samples N; the analysis costs N·(k + 2) model runs for k uncertain inputs. Default: 256.")]
    [WholeNumber(2, 1_000_000)]
    public int? Samples { get; init; }

    /// <summary>The Sobol base samples N when --samples is not given.</summary>
    public const int DefaultSamples = 256;

    /// <summary>The inputs shown per issue when <c>--top</c> is not given.</summary>
    public const int DefaultTop = 5;

    [CommandOption("--shock <SHOCK>")]
    [Description("A what-if, repeatable, applied in order: drop:ACTOR, salience:ACTOR:ISSUE=S, position:ACTOR:ISSUE=X, capability:ACTOR=C, merge:A+B[[=ID]]. Shows the forecast before and after.")]
    public string[] Shock { get; init; } = [];

    [CommandOption("--top <N>")]
    [Description("Inputs shown per issue in the table. Default: 5.")]
    [WholeNumber(1, 1_000_000)]
    public int? Top { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output format: table or json. Default: table.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("--preset <NAME>")]
    [Description("A named bundle of model options.")]
    public string? Preset { get; init; }

    [CommandOption("--rounds <N>")]
    [Description("The number of rounds of a dynamic model.")]
    [WholeNumber("rounds")]
    public int? Rounds { get; init; }

    [CommandOption("--set <NAME=VALUE>")]
    [Description("Set any model option (repeatable).")]
    public string[] Set { get; init; } = [];

    [CommandOption("--seed <SEED>")]
    [Description("The random seed. Default: the scenario's seed, else 42.")]
    [WholeNumber(0, ulong.MaxValue)]
    public ulong? Seed { get; init; }

    [CommandOption("--threads <T>")]
    [Description("Threads (default: all cores). The numbers never depend on it.")]
    [WholeNumber(1, WholeNumberAttribute.MaxThreads)]
    public int? Threads { get; init; }

    [CommandOption("--shard <K/M>")]
    [Description("Compute only shard K of M (K from 0 to M - 1) of the cases (oat) or base samples (sobol) and write it to --shard-out; auto/M takes K from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX. 'statecraft merge' folds the shards (docs/scale-out.md).")]
    public string? Shard { get; init; }

    [CommandOption("--shard-out <DIR>")]
    [Description("The folder --shard writes its shard file to (created when missing).")]
    public string? ShardOut { get; init; }

    [CommandOption("--store <FILE>")]
    [Description("The run store that keeps the result. Default: $STATECRAFT_STORE, else the user's local data folder.")]
    public string? Store { get; init; }

    [CommandOption("--no-store")]
    [Description("Do not save the result in the run store.")]
    public bool NoStore { get; init; }

    public override ValidationResult Validate()
    {
        if (Method.ToLowerInvariant() is not ("oat" or "sobol"))
        {
            return ValidationResult.Error($"--method {Method} is not supported; use oat or sobol.");
        }

        if (OptionChecks.Format(Format, "table", "json") is { } format)
        {
            return ValidationResult.Error(format);
        }

        var sobol = Method.Equals("sobol", StringComparison.OrdinalIgnoreCase);
        if ((OptionChecks.Conflict(Store is not null, "--store", NoStore, "--no-store")
            ?? OptionChecks.Conflict(Shock.Length > 0, "--shock", sobol, "--method sobol")
            ?? OptionChecks.Requires(Samples is not null, "--samples", sobol, "--method sobol")) is { } conflict)
        {
            return ValidationResult.Error(conflict);
        }

        var json = Format.Equals("json", StringComparison.OrdinalIgnoreCase);
        if ((OptionChecks.Inapplicable(Top is not null, "--top", Shock.Length > 0, "--shock", "a what-if shows every issue before and after, and --top picks the inputs of a ranking")
            ?? OptionChecks.Inapplicable(Top is not null, "--top", json, "--format json", "--top picks the rows of the table, and the JSON holds every input")
            ?? OptionChecks.Inapplicable(Threads is not null, "--threads", Shock.Length > 0, "--shock", "a what-if is two model runs, made one after the other on one thread")) is { } inapplicable)
        {
            return ValidationResult.Error(inapplicable);
        }

        if (Shard is not null && Shock.Length > 0)
        {
            return ValidationResult.Error($"--shard {Shard} splits one-at-a-time and Sobol analyses, not --shock what-ifs (two model runs).");
        }

        if (ShardOption.Check(Shard, ShardOut, ("--format", !Format.Equals("table", StringComparison.OrdinalIgnoreCase)), ("--store", Store is not null)) is { } shard)
        {
            return ValidationResult.Error(shard);
        }

        if (OptionChecks.SetPairs(Set) is { } set)
        {
            return ValidationResult.Error(set);
        }

        if ((OptionChecks.OutputFolder("--shard-out", ShardOut)
            ?? OptionChecks.Store(!NoStore && Shard is null, Store)) is { } output)
        {
            return ValidationResult.Error(output);
        }

        return base.Validate();
    }
}
