using System.Text.RegularExpressions;
using Statecraft.Scenarios.Dto;
using Statecraft.Scenarios.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Statecraft.Scenarios.Formats.Yaml;

/// <summary>Builds a <see cref="YamlNode"/> tree from YamlDotNet's parser events, keeping every node's line and column.</summary>
/// <remarks>Duplicate keys are kept (the reader reports them with both positions); aliases resolve to their anchored
/// node. A syntax error stops the parse and becomes one <c>SC1101</c> diagnostic at the parser's position. Nesting
/// deeper than <see cref="MaxDepth"/> levels is refused the same way, so no file can exhaust the stack.</remarks>
internal static partial class YamlTreeParser
{
    /// <summary>The deepest nesting of mappings and sequences a scenario file may have (a scenario needs 6).</summary>
    public const int MaxDepth = 64;

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
            var root = ReadNode(parser, anchors, 1);
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
        catch (InvalidOperationException)
        {
            // YamlDotNet's parser has no current event after some malformed inputs; the scanner's last position is
            // the best place we know.
            bag.Add(DiagnosticCatalog.Error(DiagnosticCatalog.Syntax, "YAML syntax: the file ends inside an unclosed mapping, sequence or quote.",
                hint: "Check that every '{', '[' and quote is closed."), new SourceSpan(LastLine(text), 1));
            return null;
        }
    }

    private static int LastLine(string text) => Math.Max(1, text.TrimEnd().Count(c => c == '\n') + 1);

    private static YamlNode ReadNode(IParser parser, Dictionary<string, YamlNode> anchors, int depth)
    {
        if (depth > MaxDepth && parser.Current is { } deep)
        {
            throw new YamlException(deep.Start, deep.End,
                $"the nesting is deeper than {MaxDepth} levels, the limit for a scenario file.");
        }

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
                items.Add(ReadNode(parser, anchors, depth + 1));
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
                var key = ReadNode(parser, anchors, depth + 1);
                var value = ReadNode(parser, anchors, depth + 1);
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
