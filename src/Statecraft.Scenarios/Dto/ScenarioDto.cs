namespace Statecraft.Scenarios.Dto;

/// <summary>How a file writes saliences.</summary>
internal enum SalienceScaleKind
{
    /// <summary>Shares in [0, 1].</summary>
    Unit,

    /// <summary>Percentages in [0, 100], divided by 100 on read.</summary>
    Percent,
}

/// <summary>A scenario as read from a file, before validation: every value keeps its text and position.</summary>
/// <remarks>Partial so that a new section (such as a domestic arena) can add its members in its own file.</remarks>
internal sealed partial class ScenarioDto
{
    public SourceSpan At { get; set; } = new(1, 1);

    public TextValue? Id { get; set; }

    public TextValue? Title { get; set; }

    public TextValue? Description { get; set; }

    public DateOnly? AsOf { get; set; }

    public SalienceScaleKind SalienceScale { get; set; } = SalienceScaleKind.Unit;

    /// <summary>Gets or sets how the file declares percent saliences, for the hint of an out-of-range salience.</summary>
    public string? PercentDeclarationHint { get; set; } = "add `salienceScale: percent` at the top";

    /// <summary>Gets or sets whether each actor's saliences must add up to at most 100 (KTAB).</summary>
    public bool SalienceSumAtMost100 { get; set; }

    public List<TextValue> Sources { get; } = [];

    public List<TextValue> Assumptions { get; } = [];

    public ulong? Seed { get; set; }

    public List<ModelDto> Models { get; } = [];

    public List<IssueDto> Issues { get; } = [];

    public List<ActorDto> Actors { get; } = [];
}

/// <summary>One model's settings: name → scalar text.</summary>
internal sealed class ModelDto(TextValue name)
{
    public TextValue Name { get; } = name;

    public List<(TextValue Key, TextValue Value)> Options { get; } = [];
}

/// <summary>An issue as read.</summary>
internal sealed class IssueDto(string path, SourceSpan at)
{
    public string Path { get; } = path;

    public SourceSpan At { get; } = at;

    public TextValue? Id { get; set; }

    public TextValue? Name { get; set; }

    public TextValue? Description { get; set; }

    public TextValue? Group { get; set; }

    public SourceSpan ScaleAt { get; set; }

    public NumberValue? Min { get; set; }

    public NumberValue? Max { get; set; }

    public List<(NumberValue Value, TextValue Label)> Labels { get; } = [];

    public NumberValue? ReferencePoint { get; set; }

    public TextValue? ReferencePointRationale { get; set; }

    public NumberValue? Outcome { get; set; }

    public List<TextValue> Flags { get; } = [];

    public ConflictDto? Conflict { get; set; }
}

/// <summary>An armed conflict attached to an issue, as read.</summary>
internal sealed class ConflictDto(string path, SourceSpan at)
{
    public string Path { get; } = path;

    public SourceSpan At { get; } = at;

    public List<TextValue> Involved { get; } = [];

    public NumberValue? CostPerRound { get; set; }

    public TextValue? CostRationale { get; set; }

    public NumberValue? SettlementPoint { get; set; }

    public List<(TextValue Actor, NumberValue Cost)> Costs { get; } = [];
}

/// <summary>An actor as read.</summary>
internal sealed class ActorDto(string path, SourceSpan at)
{
    public string Path { get; } = path;

    public SourceSpan At { get; } = at;

    public TextValue? Id { get; set; }

    public TextValue? Name { get; set; }

    public TextValue? Description { get; set; }

    public TextValue? Group { get; set; }

    public NumberValue? Capability { get; set; }

    public TextValue? CapabilityRationale { get; set; }

    public List<StanceDto> Stances { get; } = [];
}

/// <summary>One actor's stance on one issue, as read.</summary>
internal sealed class StanceDto(string path, SourceSpan at, TextValue issueId)
{
    public string Path { get; } = path;

    public SourceSpan At { get; } = at;

    public TextValue IssueId { get; } = issueId;

    public NumberValue? Position { get; set; }

    public NumberValue? Salience { get; set; }

    public NumberValue? Capability { get; set; }

    public TextValue? Why { get; set; }

    public TextValue? PositionRationale { get; set; }

    public TextValue? SalienceRationale { get; set; }

    public TextValue? CapabilityRationale { get; set; }
}
