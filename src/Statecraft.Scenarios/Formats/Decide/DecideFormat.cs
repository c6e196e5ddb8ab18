using Statecraft.Scenarios.Formats.Text;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Formats.Decide;

/// <summary>The tagged input format of the <c>decide</c> exchange-model software (<c>#A</c>, <c>#P</c>, <c>#M</c>, <c>#D</c> rows).</summary>
/// <remarks>
/// <para>Tab- or semicolon-separated (detected from the first row), fields optionally in single quotes. <c>#A key name
/// [comment]</c> an actor; <c>#P key name [description]</c> an issue; <c>#M issue value [meaning]</c> a scale point (the
/// issue's scale runs from the smallest to the largest; 0–100 when there is none; a meaning becomes a label);
/// <c>#D actor issue position salience power [comment]</c> one actor's data on one issue; <c>#/</c> a comment;
/// <c>#O</c> a title. Keys become ids exactly as written. Salience is a share in [0, 1] unless a
/// <c>#/ salienceScale: percent</c> row declares 0–100. Power becomes the stance's capability override (capability
/// per issue, used as written: only ratios matter); the actor's own capability is its largest power, or 1 when it has
/// no data rows. Source: Stokman &amp; van Oosten (1994); §4.2. Field reference: <c>docs/formats/decide.md</c>.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class DecideFormat : IScenarioFormat
{
    private static readonly string[] Tags = ["#A", "#P", "#M", "#D", "#/", "#O"];

    /// <inheritdoc/>
    public string Name => "decide";

    /// <inheritdoc/>
    public string Description => "decide exchange-model input, #A/#P/#M/#D rows (Stokman & van Oosten; docs/formats/decide.md)";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".csv", ".txt"];

    /// <inheritdoc/>
    public bool CanRead(string fileName, ReadOnlySpan<char> head)
    {
        foreach (var range in head.Split('\n'))
        {
            var line = head[range].Trim().TrimStart('\'');
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.Length <= 2 || line[2..].TrimStart('\'').IndexOfAny('\t', ';') != 0)
            {
                return false;
            }

            foreach (var tag in Tags)
            {
                if (line.StartsWith(tag, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <inheritdoc/>
    public ScenarioReadResult Read(string text, string fileName, ScenarioReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bag = new DiagnosticBag(fileName, text);
        var firstLine = text.Split('\n', 2)[0];
        var separator = firstLine.Contains('\t', StringComparison.Ordinal) ? '\t' : ';';
        var dto = new DecideReader(bag, fileName).Read(CsvTable.Read(text, separator, '\'', bag), Directives.Read(text, "#/", ["salienceScale"]));
        var scenario = new ScenarioValidator(bag).Validate(dto);
        return new ScenarioReadResult(bag.HasErrors ? null : scenario, bag.ToSortedArray());
    }
}
