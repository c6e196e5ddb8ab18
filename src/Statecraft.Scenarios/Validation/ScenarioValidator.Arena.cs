using System.Collections.Immutable;
using Statecraft.Model.Domain;
using Statecraft.Model.TwoFronts.Options;
using Statecraft.Model.Unrest.Options;
using Statecraft.Scenarios.Dto;

namespace Statecraft.Scenarios.Validation;

/// <summary>Checks the domestic arena: the regime is an actor, the unrest and coupling options are valid (§5, §6), every rationale names a set option.</summary>
internal sealed partial class ScenarioValidator
{
    private DomesticArena? ValidateArena(ArenaDto? dto, IEnumerable<Actor> actors, ImmutableDictionary<string, string>.Builder rationales)
    {
        if (dto?.Regime is not { } regime)
        {
            return null;
        }

        var ids = actors.Select(a => a.Id).ToArray();
        if (!ids.Contains(regime.Text, StringComparer.Ordinal))
        {
            bag.Add(DiagnosticCatalog.NoSuchActor("arena.regime", regime.Text, NearestName.Find(regime.Text, ids)), regime.At);
        }

        var unrest = ModelSettings.From(dto.Unrest.Select(o => KeyValuePair.Create(o.Key.Text, o.Value.Text)));
        var coupling = ModelSettings.From(dto.Coupling.Select(o => KeyValuePair.Create(o.Key.Text, o.Value.Text)));
        Check(() => UnrestSettings.Read(unrest), "arena.unrest", dto.Unrest, dto.At);
        Check(() => TwoFrontOptions.FromSettings(coupling), "arena.coupling", dto.Coupling, dto.At);
        foreach (var (key, text) in dto.Why)
        {
            var dot = key.Text.IndexOf('.', StringComparison.Ordinal);
            var section = dot < 0 ? string.Empty : key.Text[..dot];
            var option = dot < 0 ? key.Text : key.Text[(dot + 1)..];
            var set = section switch
            {
                "unrest" => unrest,
                "coupling" => coupling,
                "regime" => ModelSettings.Empty.With("regime", regime.Text),
                _ => null,
            };
            if (set is null || (!set.Has(option) && section != "regime") || (section == "regime" && option != "regime"))
            {
                bag.Add(DiagnosticCatalog.Error(DiagnosticCatalog.UnknownKey, $"arena.why.{key.Text} explains no arena option.", $"arena.why.{key.Text}",
                    hint: "Key a rationale by the option it explains: unrest.<option>, coupling.<option> or regime.regime."), key.At);
                continue;
            }

            rationales[$"arena.{key.Text}"] = text.Text;
        }

        return new DomesticArena(regime.Text) { Unrest = unrest, Coupling = coupling, Seed = dto.Seed };
    }

    private void Check(Action read, string path, List<(TextValue Key, TextValue Value)> options, Dto.SourceSpan fallback)
    {
        try
        {
            read();
        }
        catch (ModelOptionException e)
        {
            var at = options.FirstOrDefault(o => string.Equals(o.Key.Text, e.Option, StringComparison.OrdinalIgnoreCase)).Value?.At ?? fallback;
            bag.Add(DiagnosticCatalog.Error(DiagnosticCatalog.NotAllowedValue, $"{path}: {e.Message}", path), at);
        }
    }
}
