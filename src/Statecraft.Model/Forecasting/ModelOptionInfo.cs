namespace Statecraft.Model.Forecasting;

/// <summary>Describes one model option for help texts and documentation.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Name">The option name, kebab-case.</param>
/// <param name="Default">The default value as text.</param>
/// <param name="Allowed">The allowed values or range, as text.</param>
/// <param name="Description">What the option does, with its source.</param>
public sealed record ModelOptionInfo(string Name, string Default, string Allowed, string Description);
