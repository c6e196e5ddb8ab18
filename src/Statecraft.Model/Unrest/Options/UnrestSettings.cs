using Statecraft.Model.Domain;

namespace Statecraft.Model.Unrest.Options;

/// <summary>Reads <see cref="UnrestOptions"/> from named options (a scenario's <c>arena.unrest</c> section or the command line).</summary>
/// <remarks>
/// <para>Order: the preset (<c>preset</c>, default <c>statecraft</c>) sets switches and defaults; a paper run
/// (<c>run</c> = 1–5) then sets its Table 2 parameters; every other option overrides one value. Names are kebab-case.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class UnrestSettings
{
    /// <summary>Gets the options this reader understands, each declared once: help texts, the reading with its range checks and the unknown-name check come from these.</summary>
    public static IReadOnlyList<ModelOption> Options => UnrestDeclarations.All;

    /// <summary>Reads the options.</summary>
    /// <param name="settings">The named options.</param>
    /// <returns>The validated options.</returns>
    /// <exception cref="ModelOptionException">A name is not one of <see cref="Options"/>, or a value is not allowed; the message names the option, the value and what is allowed.</exception>
    public static UnrestOptions Read(ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.RequireKnown(Options, "unrest Model I");

        var o = UnrestOptions.FromPreset(UnrestDeclarations.Preset.Read(settings));
        if (settings.Has(UnrestDeclarations.Run.Name))
        {
            o = UnrestRuns.Apply(UnrestDeclarations.Run.Read(settings), o);
        }

        var vision = UnrestDeclarations.Vision.ReadOptional(settings);
        o = o with
        {
            Width = UnrestDeclarations.Width.Read(settings, o.Width),
            Height = UnrestDeclarations.Height.Read(settings, o.Height),
            AgentDensity = UnrestDeclarations.AgentDensity.Read(settings, o.AgentDensity),
            CopDensity = UnrestDeclarations.CopDensity.Read(settings, o.CopDensity),
            AgentVision = UnrestDeclarations.AgentVision.Read(settings, vision ?? o.AgentVision),
            CopVision = UnrestDeclarations.CopVision.Read(settings, vision ?? o.CopVision),
            Legitimacy = UnrestDeclarations.Legitimacy.Read(settings, o.Legitimacy),
            K = UnrestDeclarations.K.Read(settings, o.K),
            Threshold = UnrestDeclarations.Threshold.Read(settings, o.Threshold),
            AgentMovement = UnrestDeclarations.AgentMovement.Read(settings, o.AgentMovement),
            CopsMoveWhenAgentsFrozen = UnrestDeclarations.CopsMoveWhenAgentsFrozen.Read(settings, o.CopsMoveWhenAgentsFrozen),
            JailDeterrenceExponent = UnrestDeclarations.JailDeterrenceExponent.Read(settings, o.JailDeterrenceExponent),
            ArrestRatioRule = UnrestDeclarations.ArrestRatioRule.Read(settings, o.ArrestRatioRule),
            SelfCount = UnrestDeclarations.SelfCount.Read(settings, o.SelfCount),
            CountOwnSiteCops = UnrestDeclarations.CountOwnSiteCops.Read(settings, o.CountOwnSiteCops),
            VisionMetric = UnrestDeclarations.VisionMetric.Read(settings, o.VisionMetric),
            Order = UnrestDeclarations.Order.Read(settings, o.Order),
            JailPlacement = UnrestDeclarations.JailPlacement.Read(settings, o.JailPlacement),
            JailTerm = UnrestDeclarations.JailTerm.Read(settings, o.JailTerm),
            JailCountdown = UnrestDeclarations.JailCountdown.Read(settings, o.JailCountdown),
            CopStepsOntoArrest = UnrestDeclarations.CopStepsOntoArrest.Read(settings, o.CopStepsOntoArrest),
            Placement = UnrestDeclarations.Placement.Read(settings, o.Placement),
            OutburstThreshold = UnrestDeclarations.OutburstThreshold.Read(settings, o.OutburstThreshold),
            HardshipClamp = UnrestDeclarations.HardshipClamp.Read(settings, o.HardshipClamp),
        };
        o = MaxJailTerm.Read(UnrestDeclarations.MaxJailTermOption, settings) switch
        {
            int.MaxValue => o with { JailTerm = JailTermRule.Infinite },
            { } term => o with { MaxJailTerm = term },
            null => o,
        };

        o = o with { LegitimacyLaw = ReadLaw(settings, o.LegitimacyLaw) };
        try
        {
            o.Validate();
        }
        catch (OptionRangeException e)
        {
            throw e.ToOptionError();
        }

        return o;
    }

    // Every law's parameters are read (and range-checked) whichever law is chosen, so a bad value is never passed over.
    private static LegitimacyLaw ReadLaw(ModelSettings s, LegitimacyLaw current)
    {
        var scope = UnrestDeclarations.LegitimacyScope.Read(s);
        var erosionRate = UnrestDeclarations.ErosionRate.Read(s);
        var lemos = new LemosFeedbackLegitimacy
        {
            Aggregation = UnrestDeclarations.LemosAggregation.Read(s),
            Legality = UnrestDeclarations.Legality.ReadOptional(s),
            Justification = UnrestDeclarations.Justification.ReadOptional(s),
            SupportDecay = UnrestDeclarations.SupportDecay.Read(s),
            PerceptionScope = scope,
        };
        var synthesis = new SynthesisLegitimacy
        {
            RecoveryRate = UnrestDeclarations.RecoveryRate.Read(s),
            Baseline = UnrestDeclarations.Baseline.ReadOptional(s),
            ActiveLoss = UnrestDeclarations.ActiveLoss.Read(s),
            JailedLoss = UnrestDeclarations.JailedLoss.Read(s),
            EscalationPerArrest = UnrestDeclarations.EscalationPerArrest.Read(s),
            BaselineDecayPerOutburst = UnrestDeclarations.BaselineDecay.Read(s),
            PerceptionScope = scope,
        };
        var law = UnrestDeclarations.LegitimacyLaw.Read(s);
        return law?.ToLowerInvariant() switch
        {
            null or "" => current,
            "constant" => ConstantLegitimacy.Instance,
            "salami" => ScheduledLegitimacy.Salami,
            "jump" => ScheduledLegitimacy.Jump,
            "linear-erosion" => new LinearErosionLegitimacy(erosionRate),
            "lemos-feedback" => lemos,
            "synthesis" => synthesis,
            _ => throw UnrestDeclarations.LegitimacyLaw.NotAllowed(law),
        };
    }
}
