using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands;

/// <summary>The arguments of <c>statecraft simulate</c>.</summary>
internal sealed class SimulateSettings : ScenarioSettings
{
    [CommandOption("-m|--model <NAME>")]
    [Description("The bargaining model stepped each round (see 'statecraft models'). Default: compromise.")]
    public string? Model { get; init; }

    [CommandOption("--rounds <N>")]
    [Description("Coupled rounds: sets the coupling option rounds (range in 'statecraft models'). Default: the arena's coupling setting, else 10.")]
    [WholeNumber("rounds")]
    public int? Rounds { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("The random seed. Default: the scenario's seed, else 42.")]
    [WholeNumber(0, ulong.MaxValue)]
    public ulong? Seed { get; init; }

    [CommandOption("--set <NAME=VALUE>")]
    [Description("Set a bargaining model option, e.g. --set weighting=salience (repeatable).")]
    public string[] Set { get; init; } = [];

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output format: table or json. Default: table.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("-o|--out <FILE>")]
    [Description("Write the output to FILE (atomically) instead of the terminal.")]
    public string? Out { get; init; }

    public override ValidationResult Validate()
    {
        if (OptionChecks.Format(Format, "table", "json") is { } format)
        {
            return ValidationResult.Error(format);
        }

        if (OptionChecks.SetPairs(Set, "weighting=salience") is { } set)
        {
            return ValidationResult.Error(set);
        }

        if ((OptionChecks.OutputFiles(("--out", Out))) is { } output)
        {
            return ValidationResult.Error(output);
        }

        return base.Validate();
    }
}
