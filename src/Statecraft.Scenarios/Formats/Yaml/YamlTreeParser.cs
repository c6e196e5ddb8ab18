using System.Text.RegularExpressions;
using Statecraft.Scenarios.Dto;
using Statecraft.Scenarios.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Statecraft.Scenarios.Formats.Yaml;

/// <summary>Builds a <see cref="YamlNode"/> tree from YamlDotNet's parser events, keeping every node's line and column.</summary>
/// <remarks>Duplicate keys are kept (the reader reports them with both positions); aliases resolve to their anchored
/// node. A syntax error stops the parse and becomes one <c>SC1101</c> diagnostic at the parser's position.</remarks>
internal static partial class YamlTreeParser
{
    public static YamlNode? Parse(string text, DiagnosticBag bag)
    {
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, anchors);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                bag.Add(DiagnosticCatalog.Error(DiagnosticCatalog.Syntax, "the file holds more than one YAML document.",
                    hint: "Keep one scenario per file; remove the '---' separator and what follows."), At(second.Start));
            }

            return root;
        }
        catch (YamlException e)
        {
            bag.Add(DiagnosticCatalog.Error(DiagnosticCatalog.Syntax, $"YAML syntax: {Clean(e.Message)}",
                hint: "Check indentation, colons and quotes on this line and the one before."), At(e.Start));
            return null;
        }
    }

    private static YamlNode ReadNode(IParser parser, Dictionary<string, YamlNode> anchors)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var target)
                ? target
                : throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value.Value} names no anchor.");
        }

        YamlNode node;
        string? anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
            node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, At(scalar.Start));
        }
        else if (parser.TryConsume<SequenceStart>(out var seqStart))
        {
            anchor = seqStart.Anchor.IsEmpty ? null : seqStart.Anchor.Value;
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, anchors));
            }

            node = new YamlSequence(items, At(seqStart.Start));
        }
        else
        {
            var mapStart = parser.Consume<MappingStart>();
            anchor = mapStart.Anchor.IsEmpty ? null : mapStart.Anchor.Value;
            var entries = new List<KeyValuePair<YamlNode, YamlNode>>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ReadNode(parser, anchors);
                var value = ReadNode(parser, anchors);
                entries.Add(new(key, value));
            }

            node = new YamlMapping(entries, At(mapStart.Start));
        }

        if (anchor is not null)
        {
            anchors[anchor] = node;
        }

        return node;
    }

    private static SourceSpan At(Mark mark) => new((int)mark.Line, (int)mark.Column);

    private static string Clean(string message)
    {
        var m = PositionPrefix().Replace(message, string.Empty).Trim();
        return m.Length > 0 && char.IsUpper(m[0]) && (m.Length < 2 || !char.IsUpper(m[1])) ? char.ToLowerInvariant(m[0]) + m[1..] : m;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
