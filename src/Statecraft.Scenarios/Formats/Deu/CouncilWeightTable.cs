using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;

namespace Statecraft.Scenarios.Formats.Deu;

/// <summary>A Council weight table: each member state's vote weight and Shapley–Shubik index, keyed by DEU actor code.</summary>
/// <remarks>
/// <para>The layout is the one of the tables shipped with DEU II (<c>EU15.csv</c>, pre-Nice; <c>EU27.csv</c>, Nice):
/// a header row with at least <c>abbr</c> and one of <c>weights</c> or <c>shapleyshubik</c>; <c>country</c> is used as
/// the actor name when present. Source: Thomson et al. (2012), DEU II; Arregui &amp; Perarnaud (2021), DEU III, CC BY 4.0.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="Name">The table's name, e.g. <c>EU15</c> or the companion file name.</param>
/// <param name="Rows">The member states, in file order.</param>
public sealed record CouncilWeightTable(string Name, ImmutableArray<CouncilWeight> Rows)
{
    private static readonly Lazy<CouncilWeightTable> LazyEu15 = new(() => Embedded("EU15"));
    private static readonly Lazy<CouncilWeightTable> LazyEu27 = new(() => Embedded("EU27"));

    /// <summary>Gets the pre-Nice EU-15 table (qualified majority 62 of 87 votes).</summary>
    public static CouncilWeightTable Eu15 => LazyEu15.Value;

    /// <summary>Gets the Nice EU-27 table (qualified majority 255 of 345 votes).</summary>
    public static CouncilWeightTable Eu27 => LazyEu27.Value;

    /// <summary>Looks up a member state by its DEU code (e.g. <c>de</c>), ignoring case.</summary>
    /// <param name="code">The actor code.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public CouncilWeight? Find(string code) =>
        Rows.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Gets the largest vote weight in the table, or <see langword="null"/> when the table has none.</summary>
    public double? MaxVoteWeight => Rows.Any(r => r.VoteWeight is not null) ? Rows.Max(r => r.VoteWeight ?? 0) : null;

    /// <summary>Gets the largest Shapley–Shubik index in the table, or <see langword="null"/> when the table has none.</summary>
    public double? MaxShapleyShubik => Rows.Any(r => r.ShapleyShubik is not null) ? Rows.Max(r => r.ShapleyShubik ?? 0) : null;

    /// <summary>Parses a weight table, collecting every problem.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="fileName">The name used in diagnostics and as the table's name.</param>
    /// <param name="diagnostics">Receives the problems found.</param>
    /// <returns>The table, or <see langword="null"/> when it has errors.</returns>
    internal static CouncilWeightTable? Parse(string text, string fileName, List<Validation.Diagnostic> diagnostics)
    {
        var records = CsvTokenizer.Read(text, out _);
        if (records.IsEmpty)
        {
            diagnostics.Add(DeuMessages.WeightsEmpty(fileName));
            return null;
        }

        var header = records[0];
        int Index(string name) => header.Fields.IndexOf(header.Fields.FirstOrDefault(f => string.Equals(f.Value.Trim(), name, StringComparison.OrdinalIgnoreCase)));
        var abbr = Index("abbr");
        var weights = Index("weights");
        var ss = Index("shapleyshubik");
        var country = Index("country");
        var before = diagnostics.Count;
        if (abbr < 0)
        {
            diagnostics.Add(DeuMessages.WeightsMissingColumn(fileName, header, "abbr"));
        }

        if (weights < 0 && ss < 0)
        {
            diagnostics.Add(DeuMessages.WeightsMissingColumn(fileName, header, "weights"));
        }

        if (diagnostics.Count > before)
        {
            return null;
        }

        var rows = ImmutableArray.CreateBuilder<CouncilWeight>();
        foreach (var record in records.Skip(1))
        {
            double? Number(int index, string column)
            {
                if (index < 0 || index >= record.Fields.Length || string.IsNullOrWhiteSpace(record.Fields[index].Value))
                {
                    return null;
                }

                var field = record.Fields[index];
                if (double.TryParse(field.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v > 0)
                {
                    return v;
                }

                diagnostics.Add(DeuMessages.WeightsBadNumber(fileName, record, field, column));
                return null;
            }

            var code = abbr < record.Fields.Length ? record.Fields[abbr].Value.Trim() : string.Empty;
            if (code.Length == 0)
            {
                diagnostics.Add(DeuMessages.WeightsMissingCode(fileName, record));
                continue;
            }

            var name = country >= 0 && country < record.Fields.Length ? record.Fields[country].Value.Trim() : code;
            rows.Add(new CouncilWeight(code, name.Length == 0 ? code : name, Number(weights, "weights"), Number(ss, "shapleyshubik")));
        }

        return diagnostics.Count > before ? null : new CouncilWeightTable(fileName, rows.ToImmutable());
    }

    private static CouncilWeightTable Embedded(string name)
    {
        var resource = $"Statecraft.Scenarios.Formats.Deu.Tables.{name}.csv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        var diagnostics = new List<Validation.Diagnostic>();
        return Parse(reader.ReadToEnd(), name, diagnostics)
            ?? throw new InvalidOperationException($"The embedded table '{name}' is invalid: {string.Join("; ", diagnostics)}");
    }
}
