using Statecraft.Model.Forecasting;

namespace Statecraft.Assessment;

/// <summary>One model's deterministic run on the scenario, or the reason it gave none.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Model">The model's name.</param>
/// <param name="Forecast">The forecast, or <see langword="null"/> when the model did not apply or failed.</param>
/// <param name="Skipped">Why there is no forecast, or <see langword="null"/>.</param>
public sealed record ModelOutcome(string Model, Forecast? Forecast, string? Skipped);
