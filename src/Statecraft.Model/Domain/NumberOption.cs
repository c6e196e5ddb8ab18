using System.Globalization;
using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Domain;

/// <summary>
/// One numeric model option, declared once: name, default, allowed range and description. The line that help texts and
/// <c>statecraft models</c> show (<see cref="Info"/>) and the reading with its range check (<see cref="Read"/>) both
/// come from this declaration, so they cannot disagree.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Name">The option's kebab-case name.</param>
/// <param name="Default">The value when the option is not set; inside [<paramref name="Min"/>, <paramref name="Max"/>].</param>
/// <param name="Min">The smallest allowed value.</param>
/// <param name="Max">The largest allowed value.</param>
/// <param name="Description">One line for help texts.</param>
public sealed record NumberOption(string Name, double Default, double Min, double Max, string Description)
{
    /// <summary>Gets the option as help texts show it: the allowed values as the interval that <see cref="Read"/> enforces.</summary>
    public ModelOptionInfo Info => new(Name, Format(Default), $"[{Format(Min)}, {Format(Max)}]", Description);

    /// <summary>Reads the option from named settings.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The value, or <see cref="Default"/> when unset.</returns>
    /// <exception cref="ModelOptionException">The value is not a finite number in [<see cref="Min"/>, <see cref="Max"/>].</exception>
    public double Read(ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.GetDouble(Name, Default, Min, Max);
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
