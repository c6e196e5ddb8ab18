using Statecraft.Model.Forecasting;
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
    /// <summary>Gets the options this reader understands, for help texts.</summary>
    public static IReadOnlyList<ModelOptionInfo> Options { get; } =
    [
        new("preset", "statecraft", "statecraft | netlogo | mesa | paper-text", "Variant switches and default parameters (docs/reference/unrest.md §5.10)."),
        new("run", "none", "1–5", "The paper's Table 2 run (docs/reference/unrest.md §5.11), applied over the preset's switches."),
        new("width", "40", "≥ 2·⌊vision⌋ + 1", "Lattice width (sites)."),
        new("height", "40", "≥ 2·⌊vision⌋ + 1", "Lattice height (sites)."),
        new("agent-density", "0.7", "[0, 1]", "Citizens per site."),
        new("cop-density", "0.04", "[0, 1]", "Cops per site."),
        new("vision", "7", "[0, 1000]", "Agent and cop vision radius."),
        new("agent-vision", "7", "[0, 1000]", "Agent vision radius v."),
        new("cop-vision", "7", "[0, 1000]", "Cop vision radius v*."),
        new("legitimacy", "0.82", "[0, 1]", "Initial legitimacy L₀."),
        new("max-jail-term", "30", "≥ 1 or inf", "J_max in ticks; inf selects jail-term = infinite."),
        new("k", "2.3", "[0, 100]", "k in P = 1 − exp(−k·f(C/A))."),
        new("threshold", "0.1", "[0, 1]", "Activation threshold T."),
        new("agent-movement", "true", "true | false", "Whether agents move (Run 1: false)."),
        new("cops-move-when-agents-frozen", "true", "true | false", "Whether cops move when agents do not."),
        new("jail-deterrence-exponent", "0", "[0, 10]", "α in N = R·P·J^α (unverified; 0 disables)."),
        new("arrest-ratio-rule", "floor", "floor | literal | round-half-even | round-half-up", "The ratio function f (§5.4)."),
        new("self-count", "once", "once | net-logo-double", "How an agent counts itself among actives."),
        new("count-own-site-cops", "false", "true | false", "Whether C includes cops on the agent's site."),
        new("vision-metric", "euclidean-disc", "euclidean-disc | von-neumann | moore", "Vision neighbourhood (§5.8)."),
        new("order", "move-then-act", "move-then-act | act-then-move", "Order within an activation (§5.9)."),
        new("jail-placement", "off-lattice", "off-lattice | on-lattice-blocking | on-lattice-empty", "Where jailed agents are (§5.6)."),
        new("jail-term", "one-to-j", "one-to-j | zero-to-j-minus1 | zero-to-j | infinite", "Jail-term distribution (§5.6)."),
        new("jail-countdown", "end-of-tick", "end-of-tick | own-activation", "When terms count down."),
        new("cop-steps-onto-arrest", "false", "true | false", "Whether a cop moves onto its arrestee's site."),
        new("placement", "exact-count", "exact-count | bernoulli", "Initial placement (§5.2)."),
        new("outburst-threshold", "50", "≥ 0", "Actives above which a tick is part of an outburst (§5.12)."),
        new("hardship-clamp", "false", "true | false", "Cap the coupled hardship H·(1 + η·K) at 1 (§6.3)."),
        new("legitimacy-law", "constant", "constant | salami | jump | linear-erosion | lemos-feedback | synthesis", "Legitimacy law (§5.14)."),
        new("legitimacy-scope", "global", "global | local", "Scope of the lemos-feedback and synthesis laws."),
        new("erosion-rate", "0.001", "≥ 0", "λ_e of linear-erosion."),
        new("lemos-aggregation", "weighted-average", "weighted-average | geometric | system-support | justification", "Aggregation of lemos-feedback."),
        new("legality", "L₀", "[0, 1]", "ℓ of lemos-feedback."),
        new("justification", "L₀", "[0, 1]", "j of lemos-feedback."),
        new("support-decay", "0", "[0, 1]", "λ_s of lemos-feedback system-support."),
        new("recovery-rate", "0", "[0, 1]", "λ_r of synthesis."),
        new("baseline", "L₀", "[0, 1]", "L* of synthesis."),
        new("active-loss", "0", "≥ 0", "α_a of synthesis."),
        new("jailed-loss", "0", "≥ 0", "α_j of synthesis."),
        new("escalation-per-arrest", "0", "≥ 0", "φ_esc of synthesis."),
        new("baseline-decay", "1", "[0, 1]", "ρ_L of synthesis (L* ← ρ_L·L* after each outburst)."),
    ];

    /// <summary>Reads the options.</summary>
    /// <param name="settings">The named options.</param>
    /// <returns>The validated options.</returns>
    /// <exception cref="ModelOptionException">A value is not allowed; the message names the option, the value and what is allowed.</exception>
    public static UnrestOptions Read(ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.RequireKnown(Options, "unrest");

        var o = UnrestOptions.FromPreset(settings.GetEnum("preset", UnrestPreset.Statecraft));
        if (settings.Has("run"))
        {
            o = UnrestRuns.Apply(settings.GetInt("run", 2, 1, UnrestRuns.Count), o);
        }

        var vision = settings.GetDouble("vision", double.NaN, 0, 1000);
        o = o with
        {
            Width = settings.GetInt("width", o.Width, 3, 100_000),
            Height = settings.GetInt("height", o.Height, 3, 100_000),
            AgentDensity = settings.GetDouble("agent-density", o.AgentDensity, 0, 1),
            CopDensity = settings.GetDouble("cop-density", o.CopDensity, 0, 1),
            AgentVision = settings.GetDouble("agent-vision", double.IsNaN(vision) ? o.AgentVision : vision, 0, 1000),
            CopVision = settings.GetDouble("cop-vision", double.IsNaN(vision) ? o.CopVision : vision, 0, 1000),
            Legitimacy = settings.GetDouble("legitimacy", o.Legitimacy, 0, 1),
            K = settings.GetDouble("k", o.K, 0, 100),
            Threshold = settings.GetDouble("threshold", o.Threshold, 0, 1),
            AgentMovement = settings.GetBool("agent-movement", o.AgentMovement),
            CopsMoveWhenAgentsFrozen = settings.GetBool("cops-move-when-agents-frozen", o.CopsMoveWhenAgentsFrozen),
            JailDeterrenceExponent = settings.GetDouble("jail-deterrence-exponent", o.JailDeterrenceExponent, 0, 10),
            ArrestRatioRule = settings.GetEnum("arrest-ratio-rule", o.ArrestRatioRule),
            SelfCount = settings.GetEnum("self-count", o.SelfCount),
            CountOwnSiteCops = settings.GetBool("count-own-site-cops", o.CountOwnSiteCops),
            VisionMetric = settings.GetEnum("vision-metric", o.VisionMetric),
            Order = settings.GetEnum("order", o.Order),
            JailPlacement = settings.GetEnum("jail-placement", o.JailPlacement),
            JailTerm = settings.GetEnum("jail-term", o.JailTerm),
            JailCountdown = settings.GetEnum("jail-countdown", o.JailCountdown),
            CopStepsOntoArrest = settings.GetBool("cop-steps-onto-arrest", o.CopStepsOntoArrest),
            Placement = settings.GetEnum("placement", o.Placement),
            OutburstThreshold = settings.GetInt("outburst-threshold", o.OutburstThreshold, 0),
            HardshipClamp = settings.GetBool("hardship-clamp", o.HardshipClamp),
        };
        var jail = settings.GetString("max-jail-term", string.Empty);
        if (jail.Equals("inf", StringComparison.OrdinalIgnoreCase) || jail.Equals("infinite", StringComparison.OrdinalIgnoreCase))
        {
            o = o with { JailTerm = JailTermRule.Infinite };
        }
        else if (jail.Length > 0)
        {
            o = o with { MaxJailTerm = settings.GetInt("max-jail-term", o.MaxJailTerm, 1, 1_000_000) };
        }

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

    private static LegitimacyLaw ReadLaw(ModelSettings s, LegitimacyLaw current)
    {
        var scope = s.GetEnum("legitimacy-scope", LegitimacyScope.Global);
        return s.GetString("legitimacy-law", string.Empty).ToLowerInvariant() switch
        {
            "" => current,
            "constant" => ConstantLegitimacy.Instance,
            "salami" => ScheduledLegitimacy.Salami,
            "jump" => ScheduledLegitimacy.Jump,
            "linear-erosion" => new LinearErosionLegitimacy(s.GetDouble("erosion-rate", 0.001, 0, 1)),
            "lemos-feedback" => new LemosFeedbackLegitimacy
            {
                Aggregation = s.GetEnum("lemos-aggregation", LemosAggregation.WeightedAverage),
                Legality = s.Has("legality") ? s.GetDouble("legality", 0, 0, 1) : null,
                Justification = s.Has("justification") ? s.GetDouble("justification", 0, 0, 1) : null,
                SupportDecay = s.GetDouble("support-decay", 0, 0, 1),
                PerceptionScope = scope,
            },
            "synthesis" => new SynthesisLegitimacy
            {
                RecoveryRate = s.GetDouble("recovery-rate", 0, 0, 1),
                Baseline = s.Has("baseline") ? s.GetDouble("baseline", 0, 0, 1) : null,
                ActiveLoss = s.GetDouble("active-loss", 0, 0, 100),
                JailedLoss = s.GetDouble("jailed-loss", 0, 0, 100),
                EscalationPerArrest = s.GetDouble("escalation-per-arrest", 0, 0, 1000),
                BaselineDecayPerOutburst = s.GetDouble("baseline-decay", 1, 0, 1),
                PerceptionScope = scope,
            },
            var other => throw new ModelOptionException("legitimacy-law", other, "constant, salami, jump, linear-erosion, lemos-feedback or synthesis"),
        };
    }
}
