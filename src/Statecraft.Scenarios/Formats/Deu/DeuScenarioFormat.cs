namespace Statecraft.Scenarios.Formats.Deu;

/// <summary>The DEU II comma-separated layout of real EU decisions: one row per issue, a position/salience column pair per actor.</summary>
/// <remarks>
/// <para>Source: Thomson et al. (2012), "A new dataset on decision-making in the European Union before and after the
/// 2004 and 2007 enlargements (DEUII)", Journal of European Public Policy 19(4); DEU III (Arregui &amp; Perarnaud 2021),
/// CC BY 4.0. Conventions: §1.6; file layout: docs/formats/deu.md.</para>
/// <para>Issue id = <c>isnr</c>; <see cref="Model.Domain.Issue.Group"/> = <c>prnr</c>; reference point = <c>rp</c>;
/// outcome = <c>out</c>; the procedure in <c>cod</c> (e.g. <c>COD</c>, <c>CNS</c>) becomes a lower-case issue flag. Actors
/// are the DEU codes exactly as written. Options: <c>capability</c> = <c>equal</c> | <c>votes</c> (default) |
/// <c>shapley</c> | <c>council-shapley</c>, and <c>weights</c> naming a companion weight table.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class DeuScenarioFormat : IScenarioFormat
{
    /// <inheritdoc />
    public string Name => "deu";

    /// <inheritdoc />
    public string Description => "DEU II data on EU legislative decisions (Thomson et al. 2012), one row per issue.";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".csv"];

    /// <inheritdoc />
    public bool CanRead(string fileName, ReadOnlySpan<char> head)
    {
        var end = head.IndexOfAny('\r', '\n');
        var header = (end < 0 ? head : head[..end]).ToString().TrimStart('\uFEFF');
        var names = header.Split(',').Select(n => n.Trim().Trim('"')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return DeuLayout.Required.All(names.Contains);
    }

    /// <inheritdoc />
    public ScenarioReadResult Read(string text, string fileName, ScenarioReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(options);
        return DeuReader.Read(text, fileName, options);
    }
}
