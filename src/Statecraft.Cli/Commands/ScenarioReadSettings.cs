using System.ComponentModel;
using Spectre.Console.Cli;

namespace Statecraft.Cli.Commands;

/// <summary>The options that say how a scenario file is read, shared by every command that reads one.</summary>
internal class ScenarioReadSettings : CommandSettings
{
    [CommandOption("--input-format <NAME>")]
    [Description("Read SCENARIO in this format instead of detecting it: yaml, ktab-csv, ktab-xml, actor-table, decide, deu.")]
    public string? InputFormat { get; init; }

    [CommandOption("--capability <CONVENTION>")]
    [Description("DEU files: capability convention equal, votes (default), shapley or council-shapley.")]
    public string? Capability { get; init; }

    [CommandOption("--weights <FILE>")]
    [Description("DEU files: a Council weight table to use as capability.")]
    public string? Weights { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("Show stack traces of unexpected errors.")]
    public bool Verbose { get; init; }
}
