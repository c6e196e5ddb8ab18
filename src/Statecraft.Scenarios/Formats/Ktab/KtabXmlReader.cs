using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Statecraft.Model.Domain;
using Statecraft.Scenarios.Dto;
using Statecraft.Scenarios.Formats.Text;
using Statecraft.Scenarios.Validation;

namespace Statecraft.Scenarios.Formats.Ktab;

/// <summary>Turns a KTAB <c>Scenario</c> element into a <see cref="ScenarioDto"/>; one instance per read.</summary>
internal sealed class KtabXmlReader(DiagnosticBag bag, Dictionary<(string Actor, string Dimension), string> fills)
{
    /// <summary>KTAB's reader spellings that the schema spells differently (§3.18).</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal) { ["Proportional"] = "Prop", ["No"] = "None" };

    /// <summary>The values KTAB's reader accepts per parameter (§3.16).</summary>
    /// <summary>Each KTAB model parameter and its values, which are the member names of the smp option's enum.</summary>
    internal static readonly Dictionary<string, string[]> ReaderValues = new(StringComparer.Ordinal)
    {
        ["VictoryProbModel"] = ["Linear", "Square", "Quartic", "Octic", "Binary"],
        ["PCEModel"] = ["Conditional", "MarkovIncentive", "MarkovUniform"],
        ["StateTransitions"] = ["Deterministic", "Stochastic"],
        ["VotingRule"] = ["Binary", "PropBin", "Prop", "PropCbc", "Cubic", "ASymProsp"],
        ["BigRAdjust"] = ["None", "OneThird", "Half", "TwoThirds", "Full"],
        ["BigRRange"] = ["Min", "Mid", "Max"],
        ["ThirdPartyCommit"] = ["NoCommit", "SemiCommit", "FullCommit"],
        ["InterVecBrgn"] = ["S1P1", "S2P2", "S2PMax"],
        ["BargnModel"] = ["InitOnlyInterp", "InitRcvrInterp", "PWCompInterp"],
    };

    public ScenarioDto Read(XElement root, string fileName)
    {
        var dto = KtabRules.NewScenario();
        var name = root.Element("name");
        dto.Title = name is not null && name.Value.Trim().Length > 0
            ? new TextValue(name.Value.Trim(), KtabXmlFormat.At(name))
            : new TextValue(Path.GetFileNameWithoutExtension(fileName), SourceSpan.None);
        if (root.Element("desc") is { } desc && desc.Value.Trim().Length > 0)
        {
            dto.Description = new TextValue(desc.Value.Trim(), KtabXmlFormat.At(desc));
        }

        var smp = new ModelDto(new TextValue("smp", KtabXmlFormat.At(root)));
        ReadSeed(root, dto);
        ReadParameters(root, smp);
        ReadDimensions(root, dto);
        ReadActors(root, dto);
        ReadIdealAdjustment(root, dto, smp);
        if (smp.Options.Count > 0)
        {
            dto.Models.Add(smp);
        }

        KtabRules.CheckPositiveSalience(dto, bag);
        return dto;
    }

    private void ReadSeed(XElement root, ScenarioDto dto)
    {
        if (root.Element("prngSeed") is not { } seed)
        {
            bag.Add(DiagnosticCatalog.Missing("prngSeed") with { Hint = "KTAB scenarios carry a random seed, e.g. <prngSeed>42</prngSeed>." }, KtabXmlFormat.At(root));
            return;
        }

        // The shipped files pad the decimal seed with a leading zero (03707583219545544125); it is still decimal.
        if (ulong.TryParse(seed.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            dto.Seed = value;
        }
        else
        {
            bag.Add(DiagnosticCatalog.Type("prngSeed", $"'{seed.Value.Trim()}'", "an unsigned 64-bit decimal integer") with { Allowed = "[0, 18446744073709551615]" },
                KtabXmlFormat.At(seed));
        }
    }

    private void ReadParameters(XElement root, ModelDto smp)
    {
        if (root.Element("ModelParameters") is not { } parameters)
        {
            return;
        }

        foreach (var p in parameters.Elements())
        {
            var name = p.Name.LocalName;
            var field = $"ModelParameters.{name}";
            if (!ReaderValues.TryGetValue(name, out var allowed))
            {
                bag.Add(DiagnosticCatalog.Unknown(field, name, NearestName.Find(name, ReaderValues.Keys), ReaderValues.Keys), KtabXmlFormat.At(p));
                continue;
            }

            var value = p.Value.Trim();
            value = Aliases.GetValueOrDefault(value, value);
            if (!allowed.Contains(value, StringComparer.Ordinal))
            {
                bag.Add(DiagnosticCatalog.Word(field, $"'{p.Value.Trim()}'", allowed) with { Hint = DiagnosticCatalog.DidYouMean(NearestName.Find(value, allowed)) },
                    KtabXmlFormat.At(p));
                continue;
            }

            // The value is spelled as the smp declaration spells its choices ('statecraft models': s2-pmax, asym-prosp).
            smp.Options.Add((new TextValue(Kebab(name), KtabXmlFormat.At(p)), new TextValue(ModelSettings.ToKebab(value), KtabXmlFormat.At(p))));
        }
    }

    private static void ReadDimensions(XElement root, ScenarioDto dto)
    {
        var names = root.Element("Dimensions")?.Elements("dName").ToList() ?? [];
        if (names.Count == 0)
        {
            // The schema makes <Dimensions> optional; the count then comes from the first actor, named Dim0, Dim1, …
            var count = root.Element("Actors")?.Element("Actor")?.Element("Position")?.Elements("dCoord").Count() ?? 0;
            for (var k = 0; k < count; k++)
            {
                dto.Issues.Add(KtabRules.Dimension(k, new TextValue($"Dim{k}", KtabXmlFormat.At(root))));
            }

            return;
        }

        for (var k = 0; k < names.Count; k++)
        {
            dto.Issues.Add(KtabRules.Dimension(k, new TextValue(names[k].Value.Trim(), KtabXmlFormat.At(names[k]))));
        }
    }

    private void ReadActors(XElement root, ScenarioDto dto)
    {
        var actors = root.Element("Actors")?.Elements("Actor").ToList() ?? [];
        if (root.Element("Actors") is null)
        {
            bag.Add(DiagnosticCatalog.Missing("Actors"), KtabXmlFormat.At(root));
        }

        for (var a = 0; a < actors.Count; a++)
        {
            var x = actors[a];
            var path = $"actors[{a}]";
            var actor = new ActorDto(path, KtabXmlFormat.At(x));
            if (x.Element("name") is { } n && n.Value.Trim().Length > 0)
            {
                actor.Id = new TextValue(n.Value.Trim(), KtabXmlFormat.At(n));
                actor.Name = actor.Id;
            }

            if (x.Element("description") is { } d && d.Value.Trim().Length > 0)
            {
                actor.Description = new TextValue(d.Value.Trim(), KtabXmlFormat.At(d));
            }

            actor.Capability = Number(x.Element("capability"), $"{path}.capability", x);
            var coords = x.Element("Position")?.Elements("dCoord").ToList() ?? [];
            var sals = x.Element("Salience")?.Elements("dSal").ToList() ?? [];
            if (coords.Count != dto.Issues.Count || sals.Count != dto.Issues.Count)
            {
                bag.Add(DiagnosticCatalog.Layout(
                    $"{path} has {coords.Count} <dCoord> and {sals.Count} <dSal>; the scenario has {dto.Issues.Count} dimensions.",
                    "Give one dCoord and one dSal per dName, in the same order."), actor.At);
            }

            for (var k = 0; k < Math.Min(dto.Issues.Count, Math.Min(coords.Count, sals.Count)); k++)
            {
                var dim = dto.Issues[k].Id!;
                var stancePath = $"{path}.stances.{dim.Text}";
                actor.Stances.Add(new StanceDto(stancePath, KtabXmlFormat.At(coords[k]), dim)
                {
                    Position = Position(coords[k], $"{stancePath}.position", actor.Id?.Text ?? "?", dim.Text),
                    Salience = Number(sals[k], $"{stancePath}.salience", sals[k]),
                });
            }

            dto.Actors.Add(actor);
        }
    }

    private NumberValue? Position(XElement coord, string field, string actorId, string dimension)
    {
        if (coord.Value.Trim().Length == 0 && fills.TryGetValue((actorId, dimension), out var fill) && NumberText.TryParse(fill, out var filled))
        {
            bag.Add(DiagnosticCatalog.Warning(DiagnosticCatalog.Overridden,
                $"{field} is empty in the file; using {fill} from the reader option {KtabXmlFormat.FillPositionOption}.", field), KtabXmlFormat.At(coord));
            return new NumberValue(filled, fill, KtabXmlFormat.At(coord));
        }

        var value = Number(coord, field, coord);
        if (value is null && coord.Value.Trim().Length == 0)
        {
            bag.Add(DiagnosticCatalog.Error(DiagnosticCatalog.MissingField, $"{field} is empty (<dCoord></dCoord>).", field, string.Empty, "[0, 100]",
                $"Fill in the position, or supply it with the reader option {KtabXmlFormat.FillPositionOption}={actorId}/{dimension}=<value>."), KtabXmlFormat.At(coord));
        }

        return value;
    }

    private NumberValue? Number(XElement? element, string field, XElement parent)
    {
        if (element is null)
        {
            bag.Add(DiagnosticCatalog.Missing(field), KtabXmlFormat.At(parent));
            return null;
        }

        var text = element.Value.Trim();
        if (text.Length == 0)
        {
            if (element.Name.LocalName != "dCoord")
            {
                bag.Add(DiagnosticCatalog.Error(DiagnosticCatalog.MissingField, $"{field} is empty (<{element.Name.LocalName}></{element.Name.LocalName}>).", field,
                    string.Empty, hint: "Fill in the number."), KtabXmlFormat.At(element));
            }

            return null;
        }

        if (NumberText.TryParse(text, out var v))
        {
            return new NumberValue(v, text, KtabXmlFormat.At(element));
        }

        bag.Add(DiagnosticCatalog.Type(field, $"'{text}'", "a number"), KtabXmlFormat.At(element));
        return null;
    }

    private void ReadIdealAdjustment(XElement root, ScenarioDto dto, ModelDto smp)
    {
        if (root.Element("IdealAdjustment") is not { } ideal)
        {
            bag.Add(DiagnosticCatalog.Warning(DiagnosticCatalog.KtabNoIdealAdjustment,
                "the file has no <IdealAdjustment>, which KTAB's own reader requires (its schema marks it optional); read as no adjustment (each actor's ideal follows only its own position).",
                "IdealAdjustment", "Add <IdealAdjustment> with at least one <iaPair> if KTAB itself must read this file."), KtabXmlFormat.At(root.Element("Actors") ?? root));
            return;
        }

        var ids = dto.Actors.Select(a => a.Id?.Text).OfType<string>().ToList();
        var pairs = new StringBuilder();
        var pairIndex = 0;
        foreach (var pair in ideal.Elements("iaPair"))
        {
            var field = $"IdealAdjustment.iaPair[{pairIndex++}]";
            var i = pair.Element("adjustingIdeal")?.Value.Trim() ?? string.Empty;
            var j = pair.Element("referencePos")?.Value.Trim() ?? string.Empty;
            var ok = Known(i, $"{field}.adjustingIdeal", pair.Element("adjustingIdeal") ?? pair, ids) & Known(j, $"{field}.referencePos", pair.Element("referencePos") ?? pair, ids);
            var adjust = Number(pair.Element("adjust"), $"{field}.adjust", pair);
            if (adjust is not null && !(adjust.Value >= 0 && adjust.Value <= 1))
            {
                bag.Add(DiagnosticCatalog.Error(DiagnosticCatalog.NotAllowedValue, $"{field}.adjust = {adjust.Text} is outside [0, 1].", $"{field}.adjust",
                    adjust.Text, "[0, 1]", "An adjustment is the weight of one actor's position in another's ideal."), adjust.At);
                ok = false;
            }

            if (ok && adjust is not null)
            {
                pairs.Append(pairs.Length == 0 ? string.Empty : ";").Append(i).Append(':').Append(j).Append('=').Append(adjust.Text);
            }
        }

        if (pairs.Length > 0)
        {
            smp.Options.Add((new TextValue("ideal-adjustment", KtabXmlFormat.At(ideal)), new TextValue(pairs.ToString(), KtabXmlFormat.At(ideal))));
        }
    }

    private bool Known(string id, string field, XElement at, List<string> ids)
    {
        if (ids.Contains(id, StringComparer.Ordinal))
        {
            return true;
        }

        bag.Add(DiagnosticCatalog.NoSuchActor(field, id, NearestName.Find(id, ids)), KtabXmlFormat.At(at));
        return false;
    }

    /// <summary>PascalCase to kebab-case, keeping digits and acronyms together: PropCbc → prop-cbc, PCEModel → pce-model,
    /// BigRAdjust → big-r-adjust, S2PMax → s2p-max, ASymProsp → a-sym-prosp.</summary>
    internal static string Kebab(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var k = 0; k < pascal.Length; k++)
        {
            var c = pascal[k];
            var boundary = k > 0 && char.IsUpper(c)
                && (char.IsLower(pascal[k - 1]) || (char.IsUpper(pascal[k - 1]) && k + 1 < pascal.Length && char.IsLower(pascal[k + 1])));
            if (boundary)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
