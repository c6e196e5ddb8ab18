using System.Globalization;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Domain;

namespace Statecraft.Runs;

/// <summary>Finds the model the user named and merges its settings: scenario file, then preset/rounds, then --set.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ModelResolver
{
    /// <summary>Finds a model of the catalogue by name (case-insensitive).</summary>
    /// <param name="name">The model's name, or <see langword="null"/> or blank for the default model.</param>
    /// <returns>The model.</returns>
    /// <exception cref="UserInputException">No model has that name (the message lists them and suggests the nearest).</exception>
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

    /// <summary>Merges a model's settings: the scenario file's, then the preset and rounds, then every NAME=VALUE pair (a later one wins).</summary>
    /// <param name="scenario">The scenario, whose file may set the model's options.</param>
    /// <param name="model">The model.</param>
    /// <param name="preset">A named bundle of options, or <see langword="null"/>.</param>
    /// <param name="rounds">The number of rounds of a dynamic model, or <see langword="null"/>.</param>
    /// <param name="set">NAME=VALUE pairs, each checked to contain '=' by the caller.</param>
    /// <returns>The merged settings.</returns>
    /// <exception cref="UserInputException">A name is not an option of the model (the message lists them and suggests the nearest).</exception>
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

        try
        {
            settings.RequireKnown(model.Options, $"model '{model.Name}'");
        }
        catch (ModelOptionException e)
        {
            throw new UserInputException(e.Message, e);
        }

        return settings;
    }
}
