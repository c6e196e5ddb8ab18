using System.Collections.Immutable;

namespace Statecraft.Scenarios.Formats.Deu;

/// <summary>The column map of a DEU header: where the key columns are, and the actors with their p/s columns.</summary>
/// <remarks>
/// An actor is every code <c>x</c> for which both <c>px</c> and <c>sx</c> exist, in the order of the <c>p</c> columns;
/// the EP party-group columns (<c>pepppty</c> …) have no salience column and are not actors. Immutable and thread-safe.
/// </remarks>
/// <param name="Columns">Column index by lower-case name (the first occurrence).</param>
/// <param name="Actors">The actor codes exactly as written.</param>
/// <param name="PositionColumns">The index of each actor's position column.</param>
/// <param name="SalienceColumns">The index of each actor's salience column.</param>
internal sealed record DeuLayout(
    ImmutableDictionary<string, int> Columns,
    ImmutableArray<string> Actors,
    ImmutableArray<int> PositionColumns,
    ImmutableArray<int> SalienceColumns)
{
    /// <summary>The columns every DEU file must have.</summary>
    public static readonly ImmutableArray<string> Required = ["prnr", "isnr", "rp", "out"];

    /// <summary>Builds the column map from a header record.</summary>
    /// <param name="header">The header.</param>
    /// <returns>The layout (possibly with no actors).</returns>
    public static DeuLayout FromHeader(CsvRecord header)
    {
        var columns = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < header.Fields.Length; k++)
        {
            columns.TryAdd(header.Fields[k].Value.Trim(), k);
        }

        var actors = ImmutableArray.CreateBuilder<string>();
        var p = ImmutableArray.CreateBuilder<int>();
        var s = ImmutableArray.CreateBuilder<int>();
        for (var k = 0; k < header.Fields.Length; k++)
        {
            var name = header.Fields[k].Value.Trim();
            if (name.Length > 1 && (name[0] is 'p' or 'P') && columns.TryGetValue("s" + name[1..], out var sIndex)
                && columns[name] == k && !actors.Contains(name[1..], StringComparer.OrdinalIgnoreCase))
            {
                actors.Add(name[1..]);
                p.Add(k);
                s.Add(sIndex);
            }
        }

        return new DeuLayout(columns.ToImmutable(), actors.ToImmutable(), p.ToImmutable(), s.ToImmutable());
    }

    /// <summary>Returns the index of a column, or −1.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>The index, or −1 when the column is absent.</returns>
    public int IndexOf(string name) => Columns.TryGetValue(name, out var k) ? k : -1;
}
