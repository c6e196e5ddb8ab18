using System.Collections.Immutable;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Forecasting;

/// <summary>The result of running one model on one scenario: a forecast per issue.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Model">The model's name (e.g. <c>compromise</c>, <c>eu</c>).</param>
/// <param name="Issues">One forecast per issue, in scenario order.</param>
public sealed record Forecast(string Model, ImmutableArray<IssueForecast> Issues)
{
    /// <summary>Gets the settings the model actually used, after presets and overrides.</summary>
    public ModelSettings Settings { get; init; } = ModelSettings.Empty;

    /// <summary>Gets the seed, for stochastic models.</summary>
    public ulong? Seed { get; init; }

    /// <summary>Gets remarks on the whole run.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>Looks up the forecast of one issue.</summary>
    /// <param name="issueId">The issue.</param>
    /// <returns>The forecast, or <see langword="null"/>.</returns>
    public IssueForecast? For(string issueId) => Issues.FirstOrDefault(i => i.IssueId == issueId);
}
