using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Model.Domain;

namespace Statecraft.Runs;

/// <summary>The documented cost of every model in actors and issues, checked before a run starts: a run above a model's
/// documented size gets a warning, and one that would exceed a model's memory bound is refused with the reason.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ModelScale
{
    /// <summary>Gets the cost of every model of the catalogue.</summary>
    public static ImmutableArray<ModelCost> All { get; } =
    [
        new("compromise", "O(n·m) time and memory", int.MaxValue, int.MaxValue, string.Empty),
        new("median", "O(m·n·log n) time (vote-scan: O(m·n²)), O(n·m) memory", int.MaxValue, int.MaxValue, string.Empty),
        new("nash", "O(n·m) time per candidate outcome, O(n·m) memory", int.MaxValue, int.MaxValue, string.Empty),
        new("mean", "O(n·m) time and memory", int.MaxValue, int.MaxValue, string.Empty),
        new("eu", "per issue and round O(n²) time, O(k²·n) for k distinct positions with voter exponents; ten n×n matrices of 8 bytes and one of 1 byte: 81·n² bytes", 1_000, 3_000,
            "its ten n×n matrices need 81·n² bytes: {0} actors would need {1}, and the limit of 3,000 actors keeps it under 0.8 GB"),
        new("smp", "per turn O(n³) time (initiators × targets × third parties) and O(n²·m) for distances, over a number of turns that grows with n; O(n²) memory", 250, int.MaxValue, string.Empty),
        new("exchange", "per round every pair of actors on every pair of issues: O(n²·m²) time and memory", 1_000, int.MaxValue, string.Empty),
        new("statecraft", "measured: 1,000 actors × 2 issues in 0.5 s of processor time and 67 MB", 5_000, int.MaxValue, string.Empty),
    ];

    /// <summary>Finds the cost of a model.</summary>
    /// <param name="model">The model's name (case-insensitive).</param>
    /// <returns>Its cost, or <see langword="null"/> for a model not in the table.</returns>
    public static ModelCost? For(string model) => All.FirstOrDefault(c => string.Equals(c.Model, model, StringComparison.OrdinalIgnoreCase));

    /// <summary>Checks a run's size before it starts.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="model">The model's name.</param>
    /// <returns>A warning to show before the run starts, or <see langword="null"/> when the size is within the documented one.</returns>
    /// <exception cref="UserInputException">The run would exceed the model's memory bound; the message names the limit and the reason.</exception>
    public static string? Check(Scenario scenario, string model)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (For(model) is not { } cost)
        {
            return null;
        }

        var n = scenario.Actors.Length;
        if (n > cost.MaxActors)
        {
            var reason = string.Format(CultureInfo.InvariantCulture, cost.Reason, n.ToString("N0", CultureInfo.InvariantCulture), Bytes(81.0 * n * n));
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"--model {cost.Model} runs on at most {cost.MaxActors:N0} actors and this scenario has {n:N0}: {reason}. Use a static model (compromise, median, mean, nash) or merge actors that share their stances (docs/reliability.md, Cost in actors and issues)."));
        }

        return n > cost.WarnAboveActors
            ? string.Create(CultureInfo.InvariantCulture,
                $"{cost.Model} on {n:N0} actors × {scenario.Issues.Length:N0} issues is above its documented size of {cost.WarnAboveActors:N0} actors and may take minutes: {cost.Cost} (docs/reliability.md, Cost in actors and issues).")
            : null;
    }

    private static string Bytes(double bytes) =>
        bytes >= 1e9 ? (bytes / 1e9).ToString("0.0 'GB'", CultureInfo.InvariantCulture) : (bytes / 1e6).ToString("0 'MB'", CultureInfo.InvariantCulture);
}
