using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Cli.Infrastructure;
using Statecraft.Model.Domain;
using Statecraft.Model.Unrest.InterEthnic;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Cli.Commands;

/// <summary>The arguments of <c>statecraft unrest</c>.</summary>
internal sealed class UnrestCommandSettings : ScenarioSettings
{
    [CommandOption("--preset <NAME>")]
    [Description("Model I's variant switches and defaults, statecraft by default (the option preset; docs/models/unrest.md).")]
    public string? Preset { get; init; }

    [CommandOption("--model <MODEL>")]
    [Description("i (default): rebellion against a central authority; ii: violence between two ethnic groups (Epstein 2002, Model II).")]
    public string? Model { get; init; }

    [CommandOption("--run <RUN>")]
    [Description("Model I: a run of Epstein (2002) Table 2, applied over the preset. Model II: a named run, ii-genocide by default (the option run; allowed values in 'statecraft models').")]
    public string? Run { get; init; }

    /// <summary>Gets whether Model II is asked for, by <c>--model ii</c> or by a Model II run name.</summary>
    public bool IsModelTwo => Model is { } m
        ? m.Equals("ii", StringComparison.OrdinalIgnoreCase) || m == "2"
        : Run is { } r && !int.TryParse(r, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) && InterEthnicRuns.IsKnown(r);

    [CommandOption("--ticks <N>")]
    [Description("Ticks to simulate. Default: 200.")]
    [DefaultValue(200)]
    [WholeNumber(0, 1_000_000)]
    public int Ticks { get; init; } = 200;

    [CommandOption("--seed <SEED>")]
    [Description("The random seed. Default: the arena's seed, else the scenario's, else 42.")]
    [WholeNumber(0, ulong.MaxValue)]
    public ulong? Seed { get; init; }

    [CommandOption("--legitimacy <L>")]
    [Description("Initial legitimacy L₀ (the option legitimacy).")]
    public double? Legitimacy { get; init; }

    [CommandOption("--cop-density <D>")]
    [Description("Cops per site (the option cop-density).")]
    public double? CopDensity { get; init; }

    [CommandOption("--agent-density <D>")]
    [Description("Citizens per site (the option agent-density).")]
    public double? AgentDensity { get; init; }

    [CommandOption("--vision <V>")]
    [Description("Agent and cop vision radius in sites (the option vision).")]
    public double? Vision { get; init; }

    [CommandOption("--max-jail-term <J>")]
    [Description("Maximum jail term in ticks, or inf (the option max-jail-term).")]
    public string? MaxJailTerm { get; init; }

    [CommandOption("--threshold <T>")]
    [Description("Activation threshold T (the option threshold).")]
    public double? Threshold { get; init; }

    [CommandOption("--arrest-k <K>")]
    [Description("k in the arrest probability P = 1 − exp(−k·⌊C/A⌋) (the option k).")]
    public double? K { get; init; }

    [CommandOption("--size <N>")]
    [Description("Lattice width and height in sites (the options width and height).")]
    [WholeNumber("width")]
    public int? Size { get; init; }

    [CommandOption("--legitimacy-law <LAW>")]
    [Description("constant, salami, jump, linear-erosion, lemos-feedback or synthesis.")]
    public string? LegitimacyLaw { get; init; }

    [CommandOption("--set <NAME=VALUE>")]
    [Description("Set any unrest option (see 'statecraft models'), e.g. --set jail-term=infinite (repeatable).")]
    public string[] Set { get; init; } = [];

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output format: table, json or csv. Default: table.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("-o|--out <FILE>")]
    [Description("Write the output to FILE (atomically) instead of the terminal.")]
    public string? Out { get; init; }

    [CommandOption("--chart <FILE>")]
    [Description("Draw quiet, active and jailed citizens and legitimacy over ticks (Model II: both groups, killed, active and jailed), as .svg or .png.")]
    public string? Chart { get; init; }

    [CommandOption("--sweep <SEEDS>")]
    [Description("Run Model I once per seed, seeds=FIRST..LAST or seeds=S1,S2,… (e.g. seeds=1..100), and per --grid point, and write one summary row per run: outbursts, peak, final counts (docs/scale-out.md).")]
    public string? Sweep { get; init; }

    [CommandOption("--grid <NAME=VALUES>")]
    [Description("With --sweep: an unrest option and its values, e.g. --grid legitimacy=0.7,0.8,0.9 (repeatable; every combination is a point, the first --grid varying slowest).")]
    public string[] Grid { get; init; } = [];

    [CommandOption("--threads <T>")]
    [Description("With --sweep: threads (default: all cores). Each run stays whole on one thread; the numbers never depend on it.")]
    [WholeNumber(1, WholeNumberAttribute.MaxThreads)]
    public int? Threads { get; init; }

    [CommandOption("--shard <K/M>")]
    [Description("With --sweep: run only shard K of M (K from 0 to M - 1) of the runs and write it to --shard-out; auto/M takes K from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX. 'statecraft merge' folds the shards (docs/scale-out.md).")]
    public string? Shard { get; init; }

    [CommandOption("--shard-out <DIR>")]
    [Description("The folder --shard writes its shard file to (created when missing).")]
    public string? ShardOut { get; init; }

    /// <summary>Puts the command's own options (<paramref name="leading"/>), then the shared value flags, then every <c>--set</c> (so a later one wins) over <paramref name="parameters"/>; options not given are left out.</summary>
    internal ModelSettings WithFlags(ModelSettings parameters, params ReadOnlySpan<(string Name, string? Value)> leading)
    {
        static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        void Put(string name, string? value)
        {
            if (value is not null)
            {
                parameters = parameters.With(name, value);
            }
        }

        foreach (var (name, value) in leading)
        {
            Put(name, value);
        }

        Put("legitimacy", Legitimacy is { } l ? F(l) : null);
        Put("cop-density", CopDensity is { } c ? F(c) : null);
        Put("agent-density", AgentDensity is { } a ? F(a) : null);
        Put("vision", Vision is { } v ? F(v) : null);
        Put("threshold", Threshold is { } t ? F(t) : null);
        Put("k", K is { } k ? F(k) : null);
        Put("max-jail-term", MaxJailTerm);
        Put("width", Size?.ToString(CultureInfo.InvariantCulture));
        Put("height", Size?.ToString(CultureInfo.InvariantCulture));
        foreach (var pair in Set)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            Put(pair[..eq].Trim(), pair[(eq + 1)..].Trim());
        }

        return parameters;
    }

    public override ValidationResult Validate()
    {
        // The value flags set model options; their ranges are checked by the options' declarations when the model reads them.
        var model = ValidateModel();
        if (model is not null)
        {
            return ValidationResult.Error(model);
        }

        if (OptionChecks.Format(Format, "table", "json", "csv") is { } format)
        {
            return ValidationResult.Error(format);
        }

        // Without a SCENARIO the run starts from a preset and reads no file.
        if ((OptionChecks.Requires(InputFormat is not null, "--input-format", Scenario is not null, "a SCENARIO file")
            ?? OptionChecks.Requires(Capability is not null, "--capability", Scenario is not null, "a SCENARIO file")
            ?? OptionChecks.Requires(Weights is not null, "--weights", Scenario is not null, "a SCENARIO file")) is { } reader)
        {
            return ValidationResult.Error(reader);
        }

        if (OptionChecks.SetPairs(Set, "jail-term=infinite") is { } set)
        {
            return ValidationResult.Error(set);
        }

        if (OptionChecks.Chart(Chart) is { } chart)
        {
            return ValidationResult.Error(chart);
        }

        if ((OptionChecks.OutputFiles(("--out", Out), ("--chart", Chart)) ?? OptionChecks.OutputFolder("--shard-out", ShardOut)) is { } output)
        {
            return ValidationResult.Error(output);
        }

        if (ValidateSweep() is { } sweep)
        {
            return ValidationResult.Error(sweep);
        }

        return base.Validate();
    }

    private string? ValidateSweep()
    {
        const string Needs = "--sweep seeds=…";
        var error = OptionChecks.Requires(Grid.Length > 0, "--grid", Sweep is not null, Needs)
            ?? OptionChecks.Requires(Threads is not null, "--threads", Sweep is not null, Needs + " (one lattice runs on one thread)")
            ?? OptionChecks.Requires(Shard is not null || ShardOut is not null, Shard is null ? "--shard-out" : "--shard", Sweep is not null, Needs + " (one lattice stays on one machine: docs/scale-out.md)");
        if (error is not null || Sweep is null)
        {
            return error;
        }

        if (IsModelTwo)
        {
            return "--sweep runs Model I; Model II (--model ii) runs one lattice per command.";
        }

        return OptionChecks.Conflict(Seed is not null, "--seed", true, "--sweep (which gives the seeds)")
            ?? (Chart is null ? null : "--chart draws one run; a sweep writes one summary row per run (--format csv).")
            ?? (Format.Equals("json", StringComparison.OrdinalIgnoreCase) ? "--format json: a sweep writes a table or CSV (--format csv)." : null)
            ?? ShardOption.Check(Shard, ShardOut, ("--out", Out is not null), ("--format", !Format.Equals("table", StringComparison.OrdinalIgnoreCase)));
    }

    private string? ValidateModel()
    {
        if (Model is { } m && m.ToLowerInvariant() is not ("i" or "ii" or "1" or "2"))
        {
            return $"--model {m} is not known; use i (rebellion) or ii (inter-group violence).";
        }

        if (IsModelTwo)
        {
            if (Preset is not null)
            {
                return "--preset applies to Model I only; Model II starts from --run (docs/models/unrest.md).";
            }

            return LegitimacyLaw is not null ? "--legitimacy-law applies to Model I only; Model II keeps each group's legitimacy fixed." : null;
        }

        if (Run is { } number && InterEthnicRuns.IsKnown(number))
        {
            try
            {
                UnrestSettings.Read(ModelSettings.Empty.With("run", number));
            }
            catch (ModelOptionException e)
            {
                return $"--run {number} is a Model II run; add --model ii, or give Model I {e.Allowed}.";
            }
        }

        return null;
    }
}
