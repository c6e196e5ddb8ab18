using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

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
    public int? Rounds { get; init; }

    [CommandOption("--set <NAME=VALUE>")]
    [Description("Set any model option, e.g. --set weighting=salience (repeatable). Overrides the scenario file.")]
    public string[] Set { get; init; } = [];

    [CommandOption("--seed <SEED>")]
    [Description("The random seed (stochastic models). Default: the scenario's seed, else 42.")]
    public ulong? Seed { get; init; }

    public override ValidationResult Validate()
    {
        var format = Format.ToLowerInvariant();
        if (format is not ("table" or "json" or "csv"))
        {
            return ValidationResult.Error($"--format {Format} is not supported; use table, json or csv.");
        }

        foreach (var pair in Set)
        {
            if (!pair.Contains('=', StringComparison.Ordinal) || pair.StartsWith('='))
            {
                return ValidationResult.Error($"--set {pair}: expected NAME=VALUE, e.g. --set weighting=salience.");
            }
        }

        if (Chart is { } chart && Path.GetExtension(chart).ToLowerInvariant() is not (".svg" or ".png"))
        {
            return ValidationResult.Error($"--chart {chart}: the extension '{Path.GetExtension(chart)}' is not supported; use .svg or .png.");
        }

        if (Rounds is < 0)
        {
            return ValidationResult.Error($"--rounds {Rounds} is negative; use a number ≥ 0.");
        }

        return base.Validate();
    }
}
