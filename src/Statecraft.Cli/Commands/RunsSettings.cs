using System.ComponentModel;
using Spectre.Console.Cli;

namespace Statecraft.Cli.Commands;

/// <summary>Arguments shared by the <c>statecraft runs</c> commands.</summary>
internal class RunsSettings : CommandSettings
{
    [CommandOption("--store <FILE>")]
    [Description("The run store. Default: $STATECRAFT_STORE, else the user's local data folder.")]
    public string? Store { get; init; }
}

/// <summary>Arguments of <c>runs show ID</c> and <c>runs rerun ID</c>.</summary>
internal sealed class RunIdSettings : RunsSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The run's id (see 'statecraft runs list').")]
    public long Id { get; init; }
}

/// <summary>Arguments of <c>runs list</c>.</summary>
internal sealed class RunsListSettings : RunsSettings
{
    [CommandOption("--limit <N>")]
    [Description("The number of most recent runs shown. Default: 20.")]
    [DefaultValue(20)]
    public int Limit { get; init; } = 20;
}
