using Statecraft.Model.Domain;

namespace Statecraft.Runs;

/// <summary>A scenario with the name the user gave and its content hash.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Scenario">The scenario.</param>
/// <param name="Name">The name the user gave: a bundled scenario's name or a file path.</param>
/// <param name="Hash">The SHA-256 of the scenario's canonical form, lower-case hex.</param>
public sealed record LoadedScenario(Scenario Scenario, string Name, string Hash);
