using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Cli;

using Statecraft.Cli.Infrastructure;

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
    [WholeNumber(1, 1_000_000)]
    public int Limit { get; init; } = 20;
}

/// <summary>Arguments of <c>runs prune</c>.</summary>
internal sealed partial class RunsPruneSettings : RunsSettings
{
    [CommandOption("--keep <N>")]
    [Description("Keep the N most recent runs and delete the others.")]
    [WholeNumber(0, 1_000_000_000)]
    public int? Keep { get; init; }

    [CommandOption("--older-than <AGE>")]
    [Description("Delete the runs older than AGE: a whole number of hours, days or weeks, e.g. 12h, 30d, 2w.")]
    public string? OlderThan { get; init; }

    /// <summary>Gets the age <see cref="OlderThan"/> names, once validated.</summary>
    public TimeSpan? Age => OlderThan is null ? null : ParseAge(OlderThan);

    public override ValidationResult Validate()
    {
        if (Keep is null && OlderThan is null)
        {
            return ValidationResult.Error("runs prune needs --keep N or --older-than AGE (e.g. --keep 100, --older-than 30d).");
        }

        if (OlderThan is not null && ParseAge(OlderThan) is null)
        {
            return ValidationResult.Error($"--older-than {OlderThan}: expected a whole number of hours, days or weeks, e.g. 12h, 30d or 2w.");
        }

        return base.Validate();
    }

    private static TimeSpan? ParseAge(string text)
    {
        var m = AgePattern().Match(text.Trim());
        if (!m.Success || !int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 100_000)
        {
            return null;
        }

        return m.Groups[2].Value.ToLowerInvariant() switch
        {
            "h" => TimeSpan.FromHours(n),
            "d" => TimeSpan.FromDays(n),
            _ => TimeSpan.FromDays(7.0 * n),
        };
    }

    [GeneratedRegex("^([0-9]+)([hdwHDW])$")]
    private static partial Regex AgePattern();
}
