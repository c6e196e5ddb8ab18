using System.Collections.Immutable;
using Statecraft.Model.Baselines;

namespace Statecraft.Model.Forecasting;

/// <summary>Every forecasting model Statecraft ships, by name.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class ModelCatalog
{
    /// <summary>Gets the models, in the order the help text lists them.</summary>
    public static ImmutableArray<IForecastModel> All { get; } =
    [
        new CompromiseModel(),
        new MedianModel(),
        new NashModel(),
        new MeanModel(),
        new ExpectedUtility.ExpectedUtilityModel(),
        new Spatial.SpatialModel(),
        new Exchange.ExchangeModel(),
        new Odds.StatecraftModel(),
    ];

    /// <summary>Gets the model used when none is named.</summary>
    public static string DefaultName => "compromise";

    /// <summary>Looks up a model by name, ignoring case.</summary>
    /// <param name="name">The name.</param>
    /// <param name="model">The model, when found.</param>
    /// <returns><see langword="true"/> when a model has that name.</returns>
    public static bool TryGet(string name, out IForecastModel model)
    {
        model = All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))!;
        return model is not null;
    }
}
