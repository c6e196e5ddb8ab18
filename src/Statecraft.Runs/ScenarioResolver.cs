using System.Collections.Immutable;
using Statecraft.Model.Domain;
using Statecraft.Scenarios;
using Statecraft.Scenarios.Formats;
using Statecraft.Scenarios.Validation;
using Statecraft.Storage;

namespace Statecraft.Runs;

/// <summary>Turns a scenario argument into a scenario: a file in any supported format, or a bundled scenario's name.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ScenarioResolver
{
    /// <summary>The bundled scenario run when no SCENARIO is given.</summary>
    public const string DefaultScenario = "middle-east-2025";

    /// <summary>Loads the scenario, or throws <see cref="ScenarioValidationException"/> with every problem.</summary>
    /// <param name="argument">A file path or a bundled scenario's name; <see langword="null"/> or blank for <see cref="DefaultScenario"/>.</param>
    /// <param name="options">How to read a file.</param>
    /// <returns>The scenario with the name given and its hash.</returns>
    /// <exception cref="UserInputException">A reader option (a format, a DEU option) is given with a bundled scenario, which would ignore it.</exception>
    public static LoadedScenario Resolve(string? argument, ScenarioReadOptions options)
    {
        var name = string.IsNullOrWhiteSpace(argument) ? DefaultScenario : argument.Trim();
        if (File.Exists(name) || Directory.Exists(name) || LooksLikePath(name))
        {
            var scenario = ScenarioLoader.Load(name, options);
            return new LoadedScenario(scenario, name, Hash(scenario));
        }

        if (BundledScenarios.TryLoad(name, out var bundled) && bundled is not null)
        {
            if (ReaderOptionGiven(options) is { } given)
            {
                throw new UserInputException($"{given} reads a scenario file, and '{name}' is a bundled scenario, which is read as it is; give a file (SCENARIO) or leave {given.Split(' ')[0]} out.");
            }

            return new LoadedScenario(bundled, name, Hash(bundled));
        }

        var known = BundledScenarios.Names;
        var nearest = NearestName.Find(name, known);
        var hint = nearest is null
            ? $"Bundled scenarios: {string.Join(", ", known)}."
            : $"Did you mean the bundled scenario '{nearest}'? Bundled scenarios: {string.Join(", ", known)}.";
        throw new ScenarioValidationException(
        [
            new Diagnostic(DiagnosticSeverity.Error, "SC0001", $"'{name}' is neither a file nor a bundled scenario.")
            {
                File = name,
                Hint = hint,
            },
        ]);
    }

    /// <summary>Reads a scenario from text in any supported format (an upload, or an edited scenario), detecting the format from <paramref name="name"/> and the text unless the options name it.</summary>
    /// <param name="name">The file name the text came from (its extension helps detect the format), e.g. <c>scenario.yaml</c>.</param>
    /// <param name="text">The scenario text.</param>
    /// <param name="options">How to read it; companion texts (a weights table) go in <see cref="ScenarioReadOptions.Companions"/>.</param>
    /// <returns>The scenario when valid, with every diagnostic (warnings included); never throws for bad input.</returns>
    public static ScenarioReadResult ReadText(string name, string text, ScenarioReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var fileName = string.IsNullOrWhiteSpace(name) ? "scenario.yaml" : name.Trim();
        return ScenarioFormats.TryDetect(fileName, text.AsSpan(), options.Format, out var format, out var problem)
            ? format!.Read(text, fileName, options)
            : new ScenarioReadResult(null, [problem!]);
    }

    /// <summary>Loads a scenario from text, or throws <see cref="ScenarioValidationException"/> with every problem (see <see cref="ReadText"/>).</summary>
    /// <param name="name">The file name the text came from.</param>
    /// <param name="text">The scenario text.</param>
    /// <param name="options">How to read it.</param>
    /// <returns>The scenario with the name given and its hash.</returns>
    public static LoadedScenario ResolveText(string name, string text, ScenarioReadOptions options)
    {
        var result = ReadText(name, text, options);
        if (!result.IsValid)
        {
            throw new ScenarioValidationException(result.Diagnostics);
        }

        return new LoadedScenario(result.Scenario!, string.IsNullOrWhiteSpace(name) ? "scenario.yaml" : name.Trim(), Hash(result.Scenario!));
    }

    /// <summary>The scenario's content hash: the SHA-256 of its canonical form (<see cref="ScenarioCanonicalForm"/>), the same hash the run store and every manifest use.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The hash, lower-case hex.</returns>
    public static string Hash(Scenario scenario) => ScenarioCanonicalForm.Hash(scenario);

    /// <summary>Builds reader options from the reader flags (the command line's <c>--input-format</c>, <c>--capability</c>, <c>--weights</c>).</summary>
    /// <param name="inputFormat">The format to read instead of detecting it, or <see langword="null"/>.</param>
    /// <param name="capability">DEU files: the capability convention, or <see langword="null"/>.</param>
    /// <param name="weights">DEU files: a Council weight table, or <see langword="null"/>.</param>
    /// <returns>The reader options.</returns>
    public static ScenarioReadOptions ReadOptions(string? inputFormat, string? capability, string? weights)
    {
        var values = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(capability))
        {
            values = values.SetItem("capability", capability);
        }

        if (!string.IsNullOrWhiteSpace(weights))
        {
            values = values.SetItem("weights", weights);
        }

        return ScenarioReadOptions.Default with { Values = values, Format = string.IsNullOrWhiteSpace(inputFormat) ? null : inputFormat.Trim() };
    }

    /// <summary>The first reader flag given, as typed (<c>--input-format deu</c>), or <see langword="null"/>.</summary>
    private static string? ReaderOptionGiven(ScenarioReadOptions options) =>
        options.Format is { } format ? $"--input-format {format}"
        : options.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"--{v.Key} {v.Value}").FirstOrDefault();

    private static bool LooksLikePath(string name) =>
        name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || Path.HasExtension(name);
}
