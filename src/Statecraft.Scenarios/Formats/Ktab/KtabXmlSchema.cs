using System.Globalization;
using System.Text.RegularExpressions;
using static Statecraft.Scenarios.Validation.DiagnosticCatalog;
using System.Xml.Linq;

namespace Statecraft.Scenarios.Formats.Ktab;

/// <summary>The constraints of KTAB's own schema for SMP scenario XML (<c>examples/smp/doc/smpSchema.xsd</c>), checked so
/// that a reader can say exactly why a file does not validate against it.</summary>
/// <remarks>The schema's sequence is <c>name, desc, prngSeed, ModelParameters?, Dimensions?, Actors, IdealAdjustment?</c>;
/// <c>ModelParameters</c> has the nine parameters in order with enumerated values (spelt <c>Proportional</c> and
/// <c>No</c> where KTAB's reader uses <c>Prop</c> and <c>None</c>); at least 3 actors; <c>capability</c> an
/// <c>xs:decimal</c> in [0, 1000]; <c>dCoord</c> and <c>dSal</c> <c>xs:decimal</c>s in [0, 100]; <c>IdealAdjustment</c>
/// at least one <c>iaPair</c> of <c>adjustingIdeal</c>, <c>referencePos</c>, <c>adjust</c> (an <c>xs:decimal</c>).</remarks>
internal static partial class KtabXmlSchema
{
    public static readonly string[] RootSequence = ["name", "desc", "prngSeed", "ModelParameters", "Dimensions", "Actors", "IdealAdjustment"];

    public static readonly string[] RequiredRoot = ["name", "desc", "prngSeed", "Actors"];

    /// <summary>The nine parameters in schema order, each with the schema's enumeration.</summary>
    public static readonly (string Name, string[] Values)[] Parameters =
    [
        ("VictoryProbModel", ["Linear", "Square", "Quartic", "Octic", "Binary"]),
        ("PCEModel", ["Conditional", "MarkovIncentive", "MarkovUniform"]),
        ("StateTransitions", ["Deterministic", "Stochastic"]),
        ("VotingRule", ["Binary", "PropBin", "Proportional", "PropCbc", "Cubic", "ASymProsp"]),
        ("BigRAdjust", ["Full", "TwoThirds", "Half", "OneThird", "No"]),
        ("BigRRange", ["Min", "Mid", "Max"]),
        ("ThirdPartyCommit", ["NoCommit", "SemiCommit", "FullCommit"]),
        ("InterVecBrgn", ["S1P1", "S2P2", "S2PMax"]),
        ("BargnModel", ["InitOnlyInterp", "InitRcvrInterp", "PWCompInterp"]),
    ];

    /// <summary>Returns every schema violation, each with the element it concerns.</summary>
    public static IEnumerable<(XElement Element, string Reason)> Check(XElement root)
    {
        var children = root.Elements().ToList();
        var position = 0;
        foreach (var child in children)
        {
            var index = Array.IndexOf(RootSequence, child.Name.LocalName);
            if (index < 0)
            {
                yield return (child, $"<{child.Name.LocalName}> is not an element of <Scenario>.");
            }
            else if (index < position)
            {
                yield return (child, $"<{child.Name.LocalName}> comes after <{RootSequence[position]}>; the schema's order is {string.Join(", ", RootSequence)}.");
            }
            else
            {
                position = index;
            }
        }

        foreach (var required in RequiredRoot.Where(r => root.Element(r) is null))
        {
            yield return (root, $"<Scenario> has no <{required}>.");
        }

        if (root.Element("ModelParameters") is { } parameters)
        {
            var given = parameters.Elements().ToList();
            for (var k = 0; k < Parameters.Length; k++)
            {
                var (name, values) = Parameters[k];
                if (k >= given.Count || given[k].Name.LocalName != name)
                {
                    yield return (k < given.Count ? given[k] : parameters, $"<ModelParameters> needs <{name}> as its element {k + 1} of 9.");
                    break;
                }

                if (!values.Contains(given[k].Value.Trim(), StringComparer.Ordinal))
                {
                    yield return (given[k], $"<{name}> '{given[k].Value.Trim()}' is not in the schema's list ({string.Join(", ", values)}).");
                }
            }
        }

        if (root.Element("Actors") is { } actors && actors.Elements("Actor").Count() < 3)
        {
            yield return (actors, $"<Actors> has {actors.Elements("Actor").Count()} <Actor>; the schema requires at least 3.");
        }

        foreach (var capability in root.Descendants("capability"))
        {
            if (DecimalIssue(capability, 0, 1000) is { } reason)
            {
                yield return (capability, reason);
            }
        }

        foreach (var coordinate in root.Descendants().Where(e => e.Name.LocalName is "dCoord" or "dSal"))
        {
            if (DecimalIssue(coordinate, 0, 100) is { } reason)
            {
                yield return (coordinate, reason);
            }
        }

        if (root.Element("IdealAdjustment") is { } ideal)
        {
            if (!ideal.Elements("iaPair").Any())
            {
                yield return (ideal, "<IdealAdjustment> has no <iaPair>; the schema requires at least one.");
            }

            foreach (var adjust in ideal.Descendants("adjust").Where(a => !IsDecimal(a.Value)))
            {
                yield return (adjust, $"<adjust> '{Shown(adjust.Value)}' is not an xs:decimal.");
            }
        }
    }

    private static string? DecimalIssue(XElement e, decimal min, decimal max)
    {
        var text = e.Value.Trim();
        if (!IsDecimal(text))
        {
            return text.Length == 0 ? $"<{e.Name.LocalName}> is empty, which is not an xs:decimal." : $"<{e.Name.LocalName}> '{Shown(text)}' is not an xs:decimal.";
        }

        // A well-formed xs:decimal beyond System.Decimal's ±7.9e28 overflows the parser; it is outside the range all the same.
        return !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) || v < min || v > max
            ? $"<{e.Name.LocalName}> {Shown(text)} is outside the schema's range [{min}, {max}]."
            : null;
    }

    private static bool IsDecimal(string text) => XsDecimal().IsMatch(text.Trim());

    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)$")]
    private static partial Regex XsDecimal();
}
