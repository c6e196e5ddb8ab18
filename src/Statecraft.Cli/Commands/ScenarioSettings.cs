using System.ComponentModel;
using Spectre.Console.Cli;

namespace Statecraft.Cli.Commands;

/// <summary>Arguments shared by every command that reads one scenario, which may be left out for the default one.</summary>
internal class ScenarioSettings : ScenarioReadSettings
{
    [CommandArgument(0, "[SCENARIO]")]
    [Description("A scenario file (native YAML, KTAB CSV/XML, actor table CSV, decide, DEU II CSV) or a bundled scenario's name. Default: middle-east-2025.")]
    public string? Scenario { get; init; }
}
