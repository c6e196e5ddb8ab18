using Statecraft.Model.Randomness;
using Statecraft.Model.Domain;
using Statecraft.Model.Uncertainty;

namespace Statecraft.Storage;

/// <summary>Builds store records from runs, and turns stored records back into what is needed to replay them.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class RunRecorder
{
    /// <summary>Builds the record of a run.</summary>
    /// <param name="scenario">The scenario that was run (its canonical text and hash are stored).</param>
    /// <param name="request">What was run.</param>
    /// <param name="toolVersion">The Statecraft version.</param>
    /// <param name="createdUtc">When the run finished.</param>
    /// <param name="resultsJson">The results as printed.</param>
    /// <returns>The record, not yet saved.</returns>
    public static RunRecord Record(Scenario scenario, RunRequest request, string toolVersion, DateTimeOffset createdUtc, string resultsJson)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(request);
        var text = ScenarioCanonicalForm.Write(scenario);
        return new RunRecord(
            request.Kind, ScenarioCanonicalForm.HashText(text), scenario.Metadata.Title, text, request.Model, request.ToJson(),
            request.Seed, request.Runs, request.Threads, toolVersion, createdUtc, resultsJson);
    }

    /// <summary>Returns the tidy per-replicate rows of a Monte Carlo result: replicate i, its seed Derive(root, i), issue, value.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The rows, by replicate then issue order.</returns>
    public static IEnumerable<SampleRow> Samples(MonteCarloResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        for (var i = 0; i < result.Runs; i++)
        {
            var seed = SeedSequence.Derive(result.Seed, (ulong)i);
            foreach (var d in result.Issues)
            {
                var v = d.Samples[i];
                yield return new SampleRow(i, seed, d.IssueId, double.IsNaN(v) ? null : v);
            }
        }
    }

    /// <summary>Reads back the scenario and the request of a stored run.</summary>
    /// <param name="record">The stored run.</param>
    /// <returns>The scenario (from the stored canonical text) and the request.</returns>
    /// <exception cref="FormatException">The stored text is damaged.</exception>
    /// <exception cref="InvalidDataException">The stored scenario no longer matches its hash.</exception>
    public static (Scenario Scenario, RunRequest Request) Replay(RunRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (ScenarioCanonicalForm.HashText(record.ScenarioText) != record.ScenarioHash)
        {
            throw new InvalidDataException($"Run {record.Id}: the stored scenario does not match its hash {record.ScenarioHash}.");
        }

        return (ScenarioCanonicalForm.Read(record.ScenarioText), RunRequest.FromJson(record.OptionsJson));
    }
}
