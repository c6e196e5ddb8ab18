using System.Globalization;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Formats.Deu;

/// <summary>Assigns each actor its capability on each proposal under a <see cref="DeuCapability"/> convention (§1.6).</summary>
/// <remarks>
/// <para>Which table: an explicit weights file always wins; otherwise the pre-Nice EU-15 table when no member state
/// outside the EU-15 has a position on the proposal, and the Nice EU-27 table when one does.</para>
/// <para>Member states get their vote weight (or Shapley–Shubik index) divided by the table's largest, so the largest
/// member state has 1; the Commission (<c>com</c>) and the Parliament (<c>ep</c>) get 1, or are left out under
/// <see cref="DeuCapability.CouncilShapleyShubik"/>. Immutable and thread-safe.</para>
/// </remarks>
internal sealed class DeuCapabilities
{
    private readonly DeuCapability _convention;
    private readonly CouncilWeightTable? _explicit;

    /// <summary>Creates the assigner.</summary>
    /// <param name="convention">The capability convention.</param>
    /// <param name="explicitTable">The weights file's table, which then applies to every proposal.</param>
    public DeuCapabilities(DeuCapability convention, CouncilWeightTable? explicitTable)
    {
        _convention = convention;
        _explicit = explicitTable;
    }

    /// <summary>Returns whether <paramref name="actor"/> is one of the two EU institutions (<c>com</c>, <c>ep</c>).</summary>
    /// <param name="actor">The actor code.</param>
    /// <returns><see langword="true"/> for the Commission and the Parliament.</returns>
    public static bool IsInstitution(string actor) =>
        string.Equals(actor, "com", StringComparison.OrdinalIgnoreCase) || string.Equals(actor, "ep", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns whether the actor is left out under the convention (the institutions under council-shapley).</summary>
    /// <param name="actor">The actor code.</param>
    /// <returns><see langword="true"/> when the actor never counts.</returns>
    public bool Excludes(string actor) => _convention == DeuCapability.CouncilShapleyShubik && IsInstitution(actor);

    /// <summary>Chooses the table for a proposal from the actors that have a position on it.</summary>
    /// <param name="actorsWithPosition">The codes of the actors with a position on any of the proposal's issues.</param>
    /// <returns>The table, or <see langword="null"/> under <see cref="DeuCapability.Equal"/>.</returns>
    public CouncilWeightTable? TableFor(IEnumerable<string> actorsWithPosition)
    {
        if (_convention == DeuCapability.Equal)
        {
            return null;
        }

        if (_explicit is not null)
        {
            return _explicit;
        }

        var eu15 = CouncilWeightTable.Eu15;
        return actorsWithPosition.All(a => IsInstitution(a) || eu15.Find(a) is not null) ? eu15 : CouncilWeightTable.Eu27;
    }

    /// <summary>Computes an actor's capability under a table.</summary>
    /// <param name="actor">The actor code.</param>
    /// <param name="table">The table, or <see langword="null"/> under <see cref="DeuCapability.Equal"/>.</param>
    /// <param name="rationale">How the number was obtained.</param>
    /// <returns>The capability in (0, 1], or <see langword="null"/> when the table has no weight for the actor.</returns>
    public double? Capability(string actor, CouncilWeightTable? table, out string rationale)
    {
        if (table is null)
        {
            rationale = "Equal capability (capability = equal): every actor has 1.";
            return 1.0;
        }

        if (IsInstitution(actor))
        {
            rationale = "The Commission and the Parliament get the largest member state's weight, 1 (docs/reference/conventions.md §1.6).";
            return 1.0;
        }

        var useVotes = _convention == DeuCapability.VoteWeights;
        var row = table.Find(actor);
        var value = useVotes ? row?.VoteWeight : row?.ShapleyShubik;
        var max = useVotes ? table.MaxVoteWeight : table.MaxShapleyShubik;
        if (value is not { } v || max is not { } m)
        {
            rationale = string.Empty;
            return null;
        }

        var what = useVotes ? "Council vote weight" : "Shapley–Shubik index";
        rationale = string.Create(CultureInfo.InvariantCulture, $"{what} {v} in table {table.Name}, divided by the table's largest ({m}).");
        return v / m;
    }

    /// <summary>Gets the name of the table column the convention needs.</summary>
    public string Column => _convention == DeuCapability.VoteWeights ? "weights" : "shapleyshubik";

    /// <summary>Parses the <c>capability</c> option.</summary>
    /// <param name="value">The option value (case-insensitive).</param>
    /// <param name="file">The file name for the diagnostic.</param>
    /// <param name="diagnostics">Receives an error for an unknown value.</param>
    /// <returns>The convention; <see cref="DeuCapability.VoteWeights"/> when the value is unknown.</returns>
    public static DeuCapability ParseOption(string value, string file, List<Diagnostic> diagnostics)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "equal":
                return DeuCapability.Equal;
            case "votes" or "vote-weights":
                return DeuCapability.VoteWeights;
            case "shapley" or "shapley-shubik":
                return DeuCapability.ShapleyShubik;
            case "council-shapley" or "council-only-shapley-shubik":
                return DeuCapability.CouncilShapleyShubik;
            default:
                diagnostics.Add(DeuMessages.UnknownCapability(file, value));
                return DeuCapability.VoteWeights;
        }
    }
}
