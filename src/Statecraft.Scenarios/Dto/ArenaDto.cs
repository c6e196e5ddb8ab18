namespace Statecraft.Scenarios.Dto;

/// <summary>The domestic arena section of a scenario as read (§6): the regime, its unrest and coupling options and their rationales.</summary>
internal sealed class ArenaDto(SourceSpan at)
{
    public SourceSpan At { get; } = at;

    public TextValue? Regime { get; set; }

    public ulong? Seed { get; set; }

    public List<(TextValue Key, TextValue Value)> Unrest { get; } = [];

    public List<(TextValue Key, TextValue Value)> Coupling { get; } = [];

    /// <summary>Rationales keyed <c>unrest.&lt;option&gt;</c> or <c>coupling.&lt;option&gt;</c>.</summary>
    public List<(TextValue Key, TextValue Value)> Why { get; } = [];
}

/// <summary>The arena member of the scenario DTO.</summary>
internal sealed partial class ScenarioDto
{
    public ArenaDto? Arena { get; set; }
}
