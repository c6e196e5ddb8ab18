using Statecraft.Model.Domain;
using Statecraft.Model.Forecasting;
using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest.InterEthnic.Options;

/// <summary>Reads <see cref="InterEthnicOptions"/> from named options (the command line's <c>--run</c> and <c>--set</c>).</summary>
/// <remarks>
/// <para>Order: a named run (<c>run</c>, default <c>ii-genocide</c>; see <see cref="InterEthnicRuns"/>) sets the paper's
/// parameters; every other option then overrides one value. Names are kebab-case; <c>legitimacy</c> and <c>vision</c>
/// set both groups' or both kinds' values at once.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class InterEthnicSettings
{
    /// <summary>Gets the options this reader understands, for help texts.</summary>
    public static IReadOnlyList<ModelOptionInfo> Options { get; } =
    [
        new("run", "ii-genocide", string.Join(" | ", InterEthnicRuns.Names) + " | 6–8", "A named Model II run (docs/models/unrest.md, Model II)."),
        new("width", "40", "≥ 2·⌊vision⌋ + 1", "Lattice width (sites)."),
        new("height", "40", "≥ 2·⌊vision⌋ + 1", "Lattice height (sites)."),
        new("agent-density", "0.7", "[0, 1]", "Initial agents per site, both groups."),
        new("blue-share", "0.5", "[0, 1]", "Share of the initial agents that are Blue."),
        new("cop-density", "0", "[0, 1]", "Cops per site while on duty."),
        new("cops-arrive", "0", "≥ 0", "Tick at which the cops arrive (peacekeepers: 50)."),
        new("cops-withdraw", "never", "> cops-arrive or never", "Tick from which the cops are withdrawn."),
        new("vision", "1.7", "[0, 1000]", "Agent and cop vision radius."),
        new("agent-vision", "1.7", "[0, 1000]", "Agent vision radius v."),
        new("cop-vision", "1.7", "[0, 1000]", "Cop vision radius v*."),
        new("legitimacy", "0.8", "[0, 1]", "Legitimacy each group accords the other (both groups)."),
        new("blue-legitimacy", "0.8", "[0, 1]", "L_B, the legitimacy Blue accords Green."),
        new("green-legitimacy", "0.8", "[0, 1]", "L_G, the legitimacy Green accords Blue."),
        new("max-jail-term", "15", "≥ 1 or inf", "J_max in ticks; inf selects jail-term = infinite."),
        new("jail-term", "one-to-j", "one-to-j | zero-to-j-minus1 | zero-to-j | infinite", "Jail-term distribution (§5.6)."),
        new("k", "2.3", "[0, 100]", "k in P = 1 − exp(−k·f(C/A))."),
        new("threshold", "0.1", "[0, 1]", "Activation threshold T."),
        new("arrest-ratio-rule", "floor", "floor | literal | round-half-even | round-half-up", "The ratio function f (§5.4)."),
        new("self-count", "once", "once | net-logo-double", "How an agent counts itself among actives."),
        new("vision-metric", "euclidean-disc", "euclidean-disc | von-neumann | moore", "Vision neighbourhood (§5.8)."),
        new("agent-movement", "true", "true | false", "Whether agents move (rule M)."),
        new("killing-activation", "target-in-view", "target-in-view | always", "Whether an agent can be active with nobody of the other group in view."),
        new("clone-probability", "0.05", "[0, 1]", "Probability per tick that a free agent clones onto an empty neighbouring site."),
        new("max-age", "200", "≥ 1", "Death ages are uniform on {1, …, max-age}."),
        new("initial-age", "newborn", "newborn | staggered", "Ages of the agents placed at tick 0."),
    ];

    /// <summary>Reads the options.</summary>
    /// <param name="settings">The named options.</param>
    /// <returns>The validated options.</returns>
    /// <exception cref="ModelOptionException">A value is not allowed; the message names the option, the value and what is allowed.</exception>
    public static InterEthnicOptions Read(ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.RequireKnown(Options, "Model II");

        var run = settings.GetString("run", "ii-genocide");
        if (!InterEthnicRuns.IsKnown(run))
        {
            throw new ModelOptionException("run", run, string.Join(", ", InterEthnicRuns.Names) + " or 6–8");
        }

        var o = InterEthnicRuns.Run(run);
        var vision = settings.GetDouble("vision", double.NaN, 0, 1000);
        var legitimacy = settings.GetDouble("legitimacy", double.NaN, 0, 1);
        o = o with
        {
            Width = settings.GetInt("width", o.Width, 3, 100_000),
            Height = settings.GetInt("height", o.Height, 3, 100_000),
            AgentDensity = settings.GetDouble("agent-density", o.AgentDensity, 0, 1),
            BlueShare = settings.GetDouble("blue-share", o.BlueShare, 0, 1),
            CopDensity = settings.GetDouble("cop-density", o.CopDensity, 0, 1),
            CopArrivalTick = settings.GetInt("cops-arrive", o.CopArrivalTick, 0, int.MaxValue - 1),
            AgentVision = settings.GetDouble("agent-vision", double.IsNaN(vision) ? o.AgentVision : vision, 0, 1000),
            CopVision = settings.GetDouble("cop-vision", double.IsNaN(vision) ? o.CopVision : vision, 0, 1000),
            BlueLegitimacy = settings.GetDouble("blue-legitimacy", double.IsNaN(legitimacy) ? o.BlueLegitimacy : legitimacy, 0, 1),
            GreenLegitimacy = settings.GetDouble("green-legitimacy", double.IsNaN(legitimacy) ? o.GreenLegitimacy : legitimacy, 0, 1),
            JailTerm = settings.GetEnum("jail-term", o.JailTerm),
            K = settings.GetDouble("k", o.K, 0, 100),
            Threshold = settings.GetDouble("threshold", o.Threshold, 0, 1),
            ArrestRatioRule = settings.GetEnum("arrest-ratio-rule", o.ArrestRatioRule),
            SelfCount = settings.GetEnum("self-count", o.SelfCount),
            VisionMetric = settings.GetEnum("vision-metric", o.VisionMetric),
            AgentMovement = settings.GetBool("agent-movement", o.AgentMovement),
            KillingActivation = settings.GetEnum("killing-activation", o.KillingActivation),
            CloneProbability = settings.GetDouble("clone-probability", o.CloneProbability, 0, 1),
            MaxAge = settings.GetInt("max-age", o.MaxAge, 1, 1_000_000),
            InitialAge = settings.GetEnum("initial-age", o.InitialAge),
        };

        var withdraw = settings.GetString("cops-withdraw", string.Empty);
        if (withdraw.Equals("never", StringComparison.OrdinalIgnoreCase))
        {
            o = o with { CopWithdrawalTick = null };
        }
        else if (withdraw.Length > 0)
        {
            o = o with { CopWithdrawalTick = settings.GetInt("cops-withdraw", 0, o.CopArrivalTick + 1, int.MaxValue) };
        }

        var jail = settings.GetString("max-jail-term", string.Empty);
        if (jail.Equals("inf", StringComparison.OrdinalIgnoreCase) || jail.Equals("infinite", StringComparison.OrdinalIgnoreCase))
        {
            o = o with { JailTerm = JailTermRule.Infinite };
        }
        else if (jail.Length > 0)
        {
            o = o with { MaxJailTerm = settings.GetInt("max-jail-term", o.MaxJailTerm, 1, 1_000_000) };
        }

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
}
