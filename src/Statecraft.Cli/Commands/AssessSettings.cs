using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands;

/// <summary>The arguments of <c>statecraft assess</c>.</summary>
internal sealed class AssessSettings : ScenarioSettings
{
    [CommandOption("-m|--model <NAME>")]
    [Description("The lead model, whose Monte Carlo, sensitivity and shocks the brief reports (see 'statecraft models'). Default: eu.")]
    [DefaultValue("eu")]
    public string Model { get; init; } = "eu";

    [CommandOption("--runs <N>")]
    [Description("Monte Carlo runs over the scenario's stated doubt. Range: 100 to 1000000. Default: 2000.")]
    [DefaultValue(2000)]
    [WholeNumber(100, 1_000_000)]
    public int Runs { get; init; } = 2000;

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output format: table (panels), markdown, json, or html (one self-contained page with charts; needs --out). Default: table.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("-o|--out <FILE>")]
    [Description("Write the brief to FILE (atomically) instead of the terminal.")]
    public string? Out { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("The random seed. Default: the scenario's seed, else 42. The same seed gives the same text.")]
    [WholeNumber(0, ulong.MaxValue)]
    public ulong? Seed { get; init; }

    [CommandOption("--threads <T>")]
    [Description("Threads (default: all cores). The text never depends on it.")]
    [WholeNumber(1, WholeNumberAttribute.MaxThreads)]
    public int? Threads { get; init; }

    public override ValidationResult Validate()
    {
        if (OptionChecks.Format(Format, Formats) is { } format)
        {
            return ValidationResult.Error(format);
        }

        if (Format.Equals("html", StringComparison.OrdinalIgnoreCase) && Out is null)
        {
            return ValidationResult.Error("--format html writes a page with charts to a file; add --out FILE, e.g. --out brief.html.");
        }

        if ((OptionChecks.OutputFiles(("--out", Out))) is { } output)
        {
            return ValidationResult.Error(output);
        }

        return base.Validate();
    }

    /// <summary>The formats <c>--format</c> accepts.</summary>
    internal static string[] Formats => ["table", "markdown", "json", "html"];
}
