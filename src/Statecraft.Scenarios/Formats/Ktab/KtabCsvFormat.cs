using System.Globalization;
using Statecraft.Scenarios.Dto;
using Statecraft.Scenarios.Formats.Text;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Formats.Ktab;

/// <summary>The scenario CSV of KTAB's Spatial Model of Politics (KAPSARC Toolkit for Agent-Based modeling).</summary>
/// <remarks>
/// <para>Line 1 <c>scenarioName, description, numActors, numDims</c>; line 2 a header whose position columns name the
/// dimensions; then numActors lines <c>name, description, capability, pos_1, sal_1, …, pos_D, sal_D</c>. Positions and
/// saliences are on 0–100; saliences are divided by 100 and an actor's must add up to at most 100. Actor and
/// dimension names become ids exactly as written (trimmed). Extra cells (trailing commas, the fifth value of
/// <c>dummyData_6Dim.csv</c>) are ignored. Source: KTAB <c>examples/smp/doc/</c>; §3.18. Field reference:
/// <c>docs/formats/ktab-csv.md</c>.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class KtabCsvFormat : IScenarioFormat
{
    /// <inheritdoc/>
    public string Name => "ktab-csv";

    /// <inheritdoc/>
    public string Description => "KTAB Spatial Model of Politics scenario CSV (KAPSARC; docs/formats/ktab-csv.md)";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".csv"];

    /// <inheritdoc/>
    public bool CanRead(string fileName, ReadOnlySpan<char> head)
    {
        var lines = head.ToString().Split('\n', 3);
        if (lines.Length < 2)
        {
            return false;
        }

        var cells = lines[0].Split(',');
        return cells.Length >= 4
            && int.TryParse(cells[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            && int.TryParse(cells[3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d > 0
            && lines[1].Split(',').Length >= 3 + (2 * d);
    }

    /// <inheritdoc/>
    public ScenarioReadResult Read(string text, string fileName, ScenarioReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bag = new DiagnosticBag(fileName, text);
        var dto = ReadDto(CsvTable.Read(text, ',', '"', bag), bag);
        var scenario = dto is null ? null : new ScenarioValidator(bag).Validate(dto);
        return new ScenarioReadResult(bag.HasErrors ? null : scenario, bag.ToSortedArray());
    }

    private static ScenarioDto? ReadDto(List<CsvLine> lines, DiagnosticBag bag)
    {
        const string LineOneHint = "Line 1 is: scenarioName, description, numActors, numDims (e.g. SOE, China SOE reform, 13, 2).";
        if (lines.Count < 2)
        {
            bag.Add(DiagnosticCatalog.Layout("a KTAB CSV needs a title line and a header line.", LineOneHint), new(1, 1));
            return null;
        }

        var first = lines[0];
        var n = Count(first, 2, "numActors", bag);
        var d = Count(first, 3, "numDims", bag);
        if (n is null || d is null)
        {
            return null;
        }

        var dto = KtabRules.NewScenario();
        dto.Title = new TextValue(first.Text(0), first.CellAt(0));
        if (first.Text(1).Length > 0)
        {
            dto.Description = new TextValue(first.Text(1), first.CellAt(1));
        }

        var header = lines[1];
        if (header.Count < 3 + (2 * d.Value))
        {
            bag.Add(DiagnosticCatalog.Layout(
                $"the header has {header.Count} cells; numDims = {d} needs {3 + (2 * d.Value)} (actor, description, capability, then a position and a salience column per dimension).",
                "Name each dimension in its position column, e.g. Policy Position, Policy Salience."), header.At);
            return null;
        }

        for (var k = 0; k < d; k++)
        {
            dto.Issues.Add(KtabRules.Dimension(k, new TextValue(header.Text(3 + (2 * k)), header.CellAt(3 + (2 * k)))));
        }

        var rows = lines.Skip(2).ToList();
        if (rows.Count < n)
        {
            bag.Add(DiagnosticCatalog.Layout($"numActors = {n} on line 1, but only {rows.Count} actor lines follow.",
                "Correct numActors, or add the missing actors."), first.CellAt(2));
        }
        else if (rows.Count > n)
        {
            bag.Add(DiagnosticCatalog.Warning(DiagnosticCatalog.TableLayout,
                $"numActors = {n} on line 1; the {rows.Count - n} lines after line {rows[n.Value - 1].Line} are ignored, as KTAB does."), rows[n.Value].At);
        }

        for (var a = 0; a < Math.Min(n.Value, rows.Count); a++)
        {
            ReadActor(dto, rows[a], a, dto.Issues, bag);
        }

        KtabRules.CheckPositiveSalience(dto, bag);
        return dto;
    }

    private static void ReadActor(ScenarioDto dto, CsvLine row, int index, List<IssueDto> dims, DiagnosticBag bag)
    {
        var path = $"actors[{index}]";
        var actor = new ActorDto(path, row.At);
        if (row.Text(0).Length > 0)
        {
            actor.Id = new TextValue(row.Text(0), row.CellAt(0));
            actor.Name = actor.Id;
        }

        if (row.Text(1).Length > 0)
        {
            actor.Description = new TextValue(row.Text(1), row.CellAt(1));
        }

        actor.Capability = Number(row, 2, $"{path}.capability", bag);
        if (row.Count < 3 + (2 * dims.Count))
        {
            bag.Add(DiagnosticCatalog.Layout(
                $"this actor line has {row.Count} cells; {3 + (2 * dims.Count)} are needed (name, description, capability, then position and salience for {dims.Count} dimensions)."),
                row.CellAt(row.Count));
        }

        for (var k = 0; k < dims.Count; k++)
        {
            var dim = dims[k].Id!;
            var stancePath = $"{path}.stances.{dim.Text}";
            var stance = new StanceDto(stancePath, row.CellAt(3 + (2 * k)), dim)
            {
                Position = Number(row, 3 + (2 * k), $"{stancePath}.position", bag),
                Salience = Number(row, 4 + (2 * k), $"{stancePath}.salience", bag),
            };
            actor.Stances.Add(stance);
        }

        dto.Actors.Add(actor);
    }

    private static int? Count(CsvLine line, int index, string name, DiagnosticBag bag)
    {
        if (int.TryParse(line.Text(index), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0)
        {
            return v;
        }

        bag.Add(DiagnosticCatalog.Type(name, $"'{line.Text(index)}'", "a positive whole number") with
        {
            Hint = "Line 1 is: scenarioName, description, numActors, numDims (e.g. SOE, China SOE reform, 13, 2).",
        }, line.CellAt(index));
        return null;
    }

    internal static NumberValue? Number(CsvLine row, int index, string path, DiagnosticBag bag)
    {
        if (index >= row.Count || row.Text(index).Length == 0)
        {
            return null;
        }

        var text = row.Text(index);
        if (NumberText.TryParse(text, out var v))
        {
            return new NumberValue(v, text, row.CellAt(index));
        }

        bag.Add(DiagnosticCatalog.Type(path, $"'{text}'", "a number"), row.CellAt(index));
        return null;
    }
}
