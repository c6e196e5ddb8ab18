using System.Globalization;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Finds the model the user named and merges its settings: scenario file, then preset/rounds, then --set.</summary>
internal static class ModelResolver
{
    public static IForecastModel Resolve(string? name)
    {
        var wanted = string.IsNullOrWhiteSpace(name) ? ModelCatalog.DefaultName : name.Trim();
        if (ModelCatalog.TryGet(wanted, out var model))
        {
            return model;
        }

        var names = ModelCatalog.All.Select(m => m.Name).ToArray();
        var nearest = NearestName.Find(wanted, names);
        var hint = nearest is null ? string.Empty : $" Did you mean '{nearest}'?";
        throw new UserInputException($"--model {wanted}: no such model. Available: {string.Join(", ", names)}.{hint}");
    }

    public static ModelSettings Settings(Scenario scenario, IForecastModel model, string? preset, int? rounds, IEnumerable<string> set)
    {
        var settings = scenario.ModelSettings.TryGetValue(model.Name, out var fromFile) ? fromFile : ModelSettings.Empty;
        if (!string.IsNullOrWhiteSpace(preset))
        {
            settings = settings.With("preset", preset.Trim());
        }

        if (rounds is { } r)
        {
            settings = settings.With("rounds", r.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var pair in set)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            settings = settings.With(pair[..eq].Trim(), pair[(eq + 1)..].Trim());
        }

        var known = model.Options.Select(o => o.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in settings.Values.Keys)
        {
            if (!known.Contains(name))
            {
                var nearest = NearestName.Find(name, known);
                var hint = nearest is null ? string.Empty : $" Did you mean '{nearest}'?";
                var list = known.Count == 0 ? "it has no options" : "its options are " + string.Join(", ", model.Options.Select(o => o.Name));
                throw new UserInputException($"model '{model.Name}' has no option '{name}'; {list}.{hint}");
            }
        }

        return settings;
    }
}
