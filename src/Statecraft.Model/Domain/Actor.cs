namespace Statecraft.Model.Domain;

/// <summary>A party to the bargaining: a government, movement, faction or organisation.</summary>
/// <remarks>
/// <para><see cref="Capability"/> is on a ratio scale: only ratios between actors matter to the models
/// (§1.1). It must be finite and strictly positive.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The identifier used to refer to the actor in stances and output, exactly as the file gives it.</param>
/// <param name="Name">A human-readable name.</param>
/// <param name="Capability">The actor's power resources on a ratio scale. Range: (0, ∞).</param>
/// <param name="Description">Optional free text.</param>
/// <param name="Group">Optional group (a bloc, a coalition, a family of actors), used for display and what-ifs.</param>
public sealed record Actor(string Id, string Name, double Capability, string? Description = null, string? Group = null);
