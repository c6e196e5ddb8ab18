using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Runs;

namespace Statecraft.Cli.Commands;

/// <summary>The arguments of <c>statecraft backtest</c>.</summary>
internal sealed class BacktestSettings : CommandSettings
{
    [CommandArgument(0, "<DATA>")]
    [Description("A file of real decisions with outcomes, e.g. a DEU II CSV file.")]
    public string Data { get; init; } = string.Empty;

    [CommandOption("--input-format <NAME>")]
    [Description("Read DATA in this format instead of detecting it (e.g. deu).")]
    public string? InputFormat { get; init; }

    [CommandOption("--capability <CONVENTION>")]
    [Description("DEU files: capability convention equal, votes (default), shapley or council-shapley.")]
    public string? Capability { get; init; }

    [CommandOption("--weights <FILE>")]
    [Description("DEU files: a Council weight table to use as capability.")]
    public string? Weights { get; init; }

    [CommandOption("--models <LIST>")]
    [Description("Comma-separated models to score (see 'statecraft models'). Default: every model. The naive baselines are always added.")]
    public string? Models { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output format: table or json. Default: table.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("-o|--out <FILE>")]
    [Description("Write the output to FILE (atomically) instead of the terminal.")]
    public string? Out { get; init; }

    [CommandOption("--chart <FILE>")]
    [Description("Draw predicted against actual outcomes per model, as .svg or .png.")]
    public string? Chart { get; init; }

    [CommandOption("--cv <SCHEME>")]
    [Description("Cross-validate instead: proposal (leave one proposal out), kfold (repeated grouped k-fold), period (earlier years against later), procedure (co-decision against consultation) or all (the four, and the acceptance rule).")]
    public string? CrossValidation { get; init; }

    [CommandOption("--repeats <N>")]
    [Description("With --cv kfold or all: how many times the k-fold is repeated, each with its own shuffle (1 to 1000). Default: 10.")]
    [WholeNumber(1, 1000)]
    public int? Repeats { get; init; }

    [CommandOption("--folds <K>")]
    [Description("With --cv kfold or all: the number of folds (2 to the number of proposals). Default: 10.")]
    [WholeNumber(2, 1_000_000)]
    public int? Folds { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("The root random seed (stochastic models); proposal g runs with a seed derived from (seed, g). Default: 42.")]
    [WholeNumber(0, ulong.MaxValue)]
    public ulong? Seed { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Show stack traces of unexpected errors.")]
    public bool Verbose { get; init; }

    public override ValidationResult Validate()
    {
        if (OptionChecks.Format(Format, "table", "json") is { } format)
        {
            return ValidationResult.Error(format);
        }

        if (OptionChecks.Chart(Chart) is { } chart)
        {
            return ValidationResult.Error(chart);
        }

        if (CrossValidation is { } cv && !BacktestRunner.SchemeNames.Contains(cv.ToLowerInvariant(), StringComparer.Ordinal))
        {
            return ValidationResult.Error($"--cv {cv} is not a scheme; use {string.Join(", ", BacktestRunner.SchemeNames[..^1])} or {BacktestRunner.SchemeNames[^1]}.");
        }

        if ((Repeats is not null || Folds is not null) && CrossValidation?.ToLowerInvariant() is not ("kfold" or "all"))
        {
            return ValidationResult.Error("--repeats and --folds apply only with --cv kfold or --cv all.");
        }

        if (CrossValidation is not null && Chart is not null)
        {
            return ValidationResult.Error("--chart draws the plain backtest; it cannot be combined with --cv.");
        }

        if ((OptionChecks.OutputFiles(("--out", Out), ("--chart", Chart))) is { } output)
        {
            return ValidationResult.Error(output);
        }

        return base.Validate();
    }
}
