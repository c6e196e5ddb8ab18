using System.Xml;
using System.Xml.Linq;
using Statecraft.Scenarios.Dto;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Formats.Ktab;

/// <summary>The scenario XML of KTAB's Spatial Model of Politics: actors, dimensions, the nine model parameters,
/// the random seed and the ideal-adjustment pairs.</summary>
/// <remarks>
/// <para>Model parameters go to <c>Scenario.ModelSettings["smp"]</c> with kebab-case names and values
/// (<c>VictoryProbModel=Linear</c> → <c>victory-prob-model=linear</c>), <c>prngSeed</c> to <c>Scenario.Seed</c>, and
/// the ideal-adjustment pairs to the <c>smp</c> setting <c>ideal-adjustment</c> (<c>i:j=a;…</c>). Deviations from
/// KTAB's schema are warnings (SC1502) that say exactly what does not validate; a missing <c>IdealAdjustment</c>,
/// which KTAB's reader rejects, is read as no adjustment with a warning (SC1503). An empty number is an error; the
/// reader option <c>fill-position</c> (<c>actor/dimension=value;…</c>) supplies a missing position explicitly.
/// Source: KTAB <c>examples/smp/doc/</c>; §3.16, §3.18. Field reference: <c>docs/formats/ktab-xml.md</c>.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class KtabXmlFormat : IScenarioFormat
{
    /// <summary>The reader option that fills empty positions: <c>actor/dimension=value</c>, several separated by <c>;</c>.</summary>
    public const string FillPositionOption = "fill-position";

    /// <inheritdoc/>
    public string Name => "ktab-xml";

    /// <inheritdoc/>
    public string Description => "KTAB Spatial Model of Politics scenario XML (KAPSARC; docs/formats/ktab-xml.md)";

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".xml"];

    /// <inheritdoc/>
    public bool CanRead(string fileName, ReadOnlySpan<char> head) =>
        head.Contains("<Scenario", StringComparison.Ordinal) && (head.Contains("<prngSeed", StringComparison.Ordinal) || head.Contains("<Actors", StringComparison.Ordinal));

    /// <inheritdoc/>
    public ScenarioReadResult Read(string text, string fileName, ScenarioReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var bag = new DiagnosticBag(fileName, text);
        XDocument document;
        try
        {
            document = XDocument.Parse(text, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            bag.Add(DiagnosticCatalog.Error(DiagnosticCatalog.Syntax, $"XML syntax: {e.Message}", hint: "Check that every element is closed and nested properly."),
                new(e.LineNumber, e.LinePosition));
            return new ScenarioReadResult(null, bag.ToSortedArray());
        }

        var root = document.Root!;
        if (root.Name.LocalName != "Scenario")
        {
            bag.Add(DiagnosticCatalog.Layout($"the root element is <{root.Name.LocalName}>; a KTAB scenario's is <Scenario>."), At(root));
            return new ScenarioReadResult(null, bag.ToSortedArray());
        }

        foreach (var (element, reason) in KtabXmlSchema.Check(root))
        {
            bag.Add(DiagnosticCatalog.Warning(DiagnosticCatalog.KtabSchema, $"the file does not validate against KTAB's schema (smpSchema.xsd): {reason}",
                hint: "Tools that validate against smpSchema.xsd reject the file."), At(element));
        }

        var dto = new KtabXmlReader(bag, Fills(options, bag)).Read(root, fileName);
        var scenario = new ScenarioValidator(bag).Validate(dto);
        return new ScenarioReadResult(bag.HasErrors ? null : scenario, bag.ToSortedArray());
    }

    internal static SourceSpan At(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? new SourceSpan(info.LineNumber, info.LinePosition) : SourceSpan.None;

    private static Dictionary<(string Actor, string Dimension), string> Fills(ScenarioReadOptions options, DiagnosticBag bag)
    {
        var fills = new Dictionary<(string, string), string>();
        foreach (var item in options.Get(FillPositionOption, string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = item.LastIndexOf('=');
            var slash = eq < 0 ? -1 : item.LastIndexOf('/', eq);
            if (slash <= 0)
            {
                bag.Add(DiagnosticCatalog.Type(FillPositionOption, $"'{item}'", "actor/dimension=value") with { Hint = "Example: fill-position=Alice/FirstDim=52.8" }, SourceSpan.None);
                continue;
            }

            fills[(item[..slash].Trim(), item[(slash + 1)..eq].Trim())] = item[(eq + 1)..].Trim();
        }

        return fills;
    }
}
