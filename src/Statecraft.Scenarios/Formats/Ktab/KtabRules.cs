using Statecraft.Scenarios.Dto;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Formats.Ktab;

/// <summary>Rules shared by the KTAB CSV and XML readers (KAPSARC KTAB Spatial Model of Politics input conventions).</summary>
/// <remarks>Positions and saliences are on 0–100; saliences are divided by 100 and each actor's add up to at most 100;
/// every actor needs a positive total salience (§3.2, §3.18).</remarks>
internal static class KtabRules
{
    public static ScenarioDto NewScenario() => new()
    {
        SalienceScale = SalienceScaleKind.Percent,
        SalienceSumAtMost100 = true,
        PercentDeclarationHint = null,
    };

    public static IssueDto Dimension(int index, TextValue name) => new($"issues[{index}]", name.At)
    {
        Id = name,
        Name = name,
        Min = new NumberValue(0, "0", SourceSpan.None),
        Max = new NumberValue(100, "100", SourceSpan.None),
    };

    public static void CheckPositiveSalience(ScenarioDto dto, DiagnosticBag bag)
    {
        foreach (var actor in dto.Actors)
        {
            if (actor.Stances.Count > 0 && actor.Stances.All(s => s.Salience is { Value: 0 }))
            {
                bag.Add(DiagnosticCatalog.ZeroSalience($"{actor.Path}.stances", actor.Id?.Text ?? "?"), actor.At);
            }
        }
    }
}
