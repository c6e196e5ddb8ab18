using System.Collections.Immutable;
using System.Globalization;
using Statecraft.Model.Domain;

namespace Statecraft.Model.Odds;

/// <summary>The treaty rules the <c>statecraft</c> model reads its point forecast from: the qualified-majority share and who is not in the Council.</summary>
/// <remarks>
/// <para>Nothing here is fitted. The default share is the EU-15 rule of the Treaty of Amsterdam, 62 of 87 Council votes
/// (71.3%); after the Treaty of Nice the EU-27 rule is 255 of 345 votes (73.9%).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="QualifiedMajority">The share of the Council's capability a side must hold to carry a decision alone. Range: [0.5, 1] (<see cref="QualifiedMajorityOption"/>).</param>
/// <param name="NonCouncil">The actors that are not Council members (DEU: <c>com</c>, <c>ep</c>), compared case-insensitively.</param>
public sealed record OddsRules(double QualifiedMajority, ImmutableArray<string> NonCouncil)
{
    /// <summary>The EU-15 qualified majority: 62 of 87 votes.</summary>
    public const double Eu15QualifiedMajority = 62.0 / 87.0;

    /// <summary>Gets the EU-15 rules: a qualified majority of 62/87 of the Council's votes; the Commission and the Parliament are not Council members.</summary>
    public static OddsRules Eu15 { get; } = new(Eu15QualifiedMajority, ["com", "ep"]);

    /// <summary>Gets the declaration of the <c>qualified-majority</c> option.</summary>
    public static NumberOption QualifiedMajorityOption { get; } =
        new("qualified-majority", Eu15QualifiedMajority, 0.5, 1, "The share of the Council's capability that carries a decision (EU-15: 62/87 votes).");

    /// <summary>Gets the declaration of the <c>non-council</c> option.</summary>
    public static TextOption NonCouncilOption { get; } =
        new("non-council", string.Join(',', Eu15.NonCouncil), "actor ids, comma-separated, or none", "Actors that are not Council members and so hold no qualified-majority share.");

    /// <summary>Gets the options of the <c>statecraft</c> model, each declared once.</summary>
    public static IReadOnlyList<ModelOption> Options { get; } = [QualifiedMajorityOption, NonCouncilOption];

    /// <summary>Reads the rules from a model's settings (<c>qualified-majority</c>, <c>non-council</c>), defaulting to <see cref="Eu15"/>.</summary>
    /// <param name="settings">The option values.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ModelOptionException">A value is not allowed.</exception>
    public static OddsRules Read(ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var share = QualifiedMajorityOption.Read(settings);
        var nonCouncil = NonCouncilOption.Read(settings) ?? NonCouncilOption.Default;
        return new OddsRules(
            share,
            string.Equals(nonCouncil, "none", StringComparison.OrdinalIgnoreCase)
                ? []
                : [.. nonCouncil.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);
    }

    /// <summary>Returns whether an actor is a Council member under these rules.</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <returns><see langword="true"/> unless the actor is listed in <see cref="NonCouncil"/>.</returns>
    public bool IsCouncil(string actorId) => !NonCouncil.Any(a => string.Equals(a, actorId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Formats the qualified-majority share for display, e.g. <c>71.3%</c>.</summary>
    /// <returns>The share as a percentage with one decimal.</returns>
    public string FormatShare() => QualifiedMajority.ToString("0.0%", CultureInfo.InvariantCulture);
}
