namespace Statecraft.Scenarios.Dto;

/// <summary>The uncertainty section of a scenario as read: the default noise levels, their rationale and the overrides.</summary>
internal sealed class UncertaintyDto(SourceSpan at)
{
    public SourceSpan At { get; } = at;

    public NumberValue? PositionShare { get; set; }

    public NumberValue? SalienceSigma { get; set; }

    public NumberValue? CapabilitySigma { get; set; }

    public TextValue? Why { get; set; }

    public List<UncertaintyOverrideDto> Overrides { get; } = [];
}

/// <summary>One override of the uncertainty section, for an actor, an issue, or one actor's stance on one issue.</summary>
internal sealed class UncertaintyOverrideDto(string path, SourceSpan at)
{
    public string Path { get; } = path;

    public SourceSpan At { get; } = at;

    public TextValue? Actor { get; set; }

    public TextValue? Issue { get; set; }

    public NumberValue? PositionShare { get; set; }

    public NumberValue? SalienceSigma { get; set; }

    public NumberValue? CapabilitySigma { get; set; }

    public TextValue? Why { get; set; }
}

/// <summary>The uncertainty member of the scenario DTO.</summary>
internal sealed partial class ScenarioDto
{
    public UncertaintyDto? Uncertainty { get; set; }
}
