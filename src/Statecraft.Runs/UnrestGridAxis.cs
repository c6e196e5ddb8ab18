using System.Collections.Immutable;

namespace Statecraft.Runs;

/// <summary>One axis of an unrest sweep's parameter grid: an unrest option and the values it takes (<c>--grid NAME=V1,V2,…</c>).</summary>
/// <remarks>Immutable and thread-safe. Record equality compares <see cref="Values"/> by reference.</remarks>
/// <param name="Name">The unrest option's kebab-case name, e.g. <c>legitimacy</c> (see <c>statecraft models</c>).</param>
/// <param name="Values">The values as written, in order, each at least one character and none twice.</param>
public sealed record UnrestGridAxis(string Name, ImmutableArray<string> Values);
