using System.Globalization;
using Statecraft.Model.Domain;
using Statecraft.Model.Spatial;

namespace Statecraft.Runs;

/// <summary>Turns a model's documented abort (SMP's KTAB-compatible sanity checks, docs/models/spatial.md, quirks Q3–Q5)
/// into a message naming the scenario, its proposal and the reason, reported as bad input (exit code 2), not as a fault.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ModelAbort
{
    /// <summary>Finds a documented abort in <paramref name="error"/> or, when parallel replicates wrapped it, in its inner exceptions.</summary>
    /// <param name="error">What a run threw.</param>
    /// <returns>The abort, or <see langword="null"/> when <paramref name="error"/> is something else.</returns>
    public static SmpSanityCheckException? Find(Exception? error) => error switch
    {
        SmpSanityCheckException abort => abort,
        AggregateException all => all.InnerExceptions.Select(Find).FirstOrDefault(a => a is not null),
        _ => null,
    };

    /// <summary>Explains <paramref name="abort"/>: "d96161.csv, proposal d96161: model smp stops where KTAB aborts at turn 0 (Q4): …".</summary>
    /// <param name="scenario">The scenario that was run.</param>
    /// <param name="source">The name the user gave it.</param>
    /// <param name="model">The model's name.</param>
    /// <param name="abort">The abort.</param>
    /// <returns>The exception to throw.</returns>
    public static UserInputException Explain(Scenario scenario, string source, string model, SmpSanityCheckException abort)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(abort);
        var groups = scenario.Issues.Select(i => i.Group).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var where = groups.Length switch
        {
            0 => source,
            1 => $"{source}, proposal {groups[0]}",
            _ => $"{source}, proposals {string.Join(", ", groups)}",
        };
        return new UserInputException(string.Create(CultureInfo.InvariantCulture,
            $"{where}: model {model} stops where KTAB aborts, at turn {abort.Turn} (quirk {abort.Quirk}): {abort.Reason}. Use --set mode=corrected to run past this check (docs/models/spatial.md)."), abort);
    }
}
