using Statecraft.Model.Domain;

namespace Statecraft.Model.Forecasting;

/// <summary>A bargaining model that turns a scenario into a forecast per issue.</summary>
/// <remarks>
/// Implementations are pure: no I/O, no clock, no shared randomness. Given the same scenario, settings and
/// context seed they return bit-identical results, whatever the thread count. Implementations are immutable and
/// thread-safe.
/// </remarks>
public interface IForecastModel
{
    /// <summary>Gets the name used on the command line, lower-case (e.g. <c>compromise</c>).</summary>
    string Name { get; }

    /// <summary>Gets a one-line description with its source.</summary>
    string Summary { get; }

    /// <summary>Gets the options the model reads from <see cref="ModelSettings"/>, each declared once: help texts, the
    /// reading and range checks, and the refusal of unknown names (<see cref="ModelSettings.RequireKnown"/>) come from these.</summary>
    IReadOnlyList<ModelOption> Options { get; }

    /// <summary>Runs the model.</summary>
    /// <param name="scenario">A validated scenario.</param>
    /// <param name="settings">Option values; unset options take their defaults.</param>
    /// <param name="context">Seed, progress and cancellation.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="ModelOptionException">An option is not one of <see cref="Options"/>, or its value is not allowed.</exception>
    Forecast Run(Scenario scenario, ModelSettings settings, ModelRunContext context);
}
