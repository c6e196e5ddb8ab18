namespace Statecraft.Web.Endpoints;

/// <summary>The JSON body of a run request: the scenario (text and the name it came from), the model and its options, and what to run.</summary>
internal sealed record RunBody
{
    /// <summary>The file name or bundled name the scenario came from (manifests record it).</summary>
    public string? Name { get; init; }

    /// <summary>The scenario text in any supported format (the editor sends native YAML).</summary>
    public string? Yaml { get; init; }

    public string? Model { get; init; }

    public string? Preset { get; init; }

    public int? Rounds { get; init; }

    public ulong? Seed { get; init; }

    public Dictionary<string, string>? Settings { get; init; }

    public int? Runs { get; init; }

    public string? Method { get; init; }

    public int? Samples { get; init; }

    public string[]? Shocks { get; init; }

    public string? Format { get; init; }

    /// <summary>Unrest: the Model I preset's Table 2 run.</summary>
    public string? Run { get; init; }

    /// <summary>Unrest: ticks to simulate.</summary>
    public int? Ticks { get; init; }
}
