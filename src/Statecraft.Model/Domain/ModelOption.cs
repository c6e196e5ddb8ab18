using Statecraft.Model.Forecasting;

namespace Statecraft.Model.Domain;

/// <summary>
/// One model option, declared once: name, default, allowed values and description, with the reader that parses and
/// checks it. Help texts, <c>statecraft models</c>, the reading of <c>--set</c> and scenario options, the range check
/// and the unknown-name check (<see cref="ModelSettings.RequireKnown"/>) all come from the declaration.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Name">The option's kebab-case name.</param>
/// <param name="Description">One line for help texts.</param>
public abstract record ModelOption(string Name, string Description)
{
    /// <summary>Gets the default as help texts show it; for most options, text that reads back to the default.</summary>
    public abstract string DefaultText { get; }

    /// <summary>Gets whether <see cref="DefaultText"/> is a value that reads back to the default, rather than words (e.g. "none", "L₀").</summary>
    public virtual bool DefaultReadsBack => true;

    /// <summary>Gets the allowed values or range as help texts show them, the same text the reader's error message names.</summary>
    public abstract string Allowed { get; }

    /// <summary>Gets values just outside what is allowed (below and above a range, a name no choice has), which the reader refuses.</summary>
    public virtual IReadOnlyList<string> JustOutside => [];

    /// <summary>Gets other names the option is read under (e.g. a source program's own spelling), besides <see cref="Name"/>.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Returns the name under which <paramref name="settings"/> hold this option: <see cref="Name"/>, else the first alias set, else <see cref="Name"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The name to read.</returns>
    public string KeyIn(ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Has(Name) ? Name : Aliases.FirstOrDefault(settings.Has) ?? Name;
    }

    /// <summary>Returns whether <paramref name="name"/> is this option's name or one of its aliases (ignoring case).</summary>
    /// <param name="name">A name as given.</param>
    /// <returns><see langword="true"/> when it names this option.</returns>
    public bool Answers(string name) =>
        string.Equals(Name, name, StringComparison.OrdinalIgnoreCase) || Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Gets the option as help texts and <c>statecraft models</c> show it.</summary>
    public ModelOptionInfo Info => new(Name, DefaultText, Allowed, Description);
}
