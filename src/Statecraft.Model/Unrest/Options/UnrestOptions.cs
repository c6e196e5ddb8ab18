namespace Statecraft.Model.Unrest.Options;

/// <summary>Every parameter and variant switch of Epstein's civil-violence Model I (§5).</summary>
/// <remarks>
/// <para>Epstein, J. M. (2002). Modeling civil violence: an agent-based computational approach. PNAS 99 (suppl. 3):
/// 7243–7250, doi:10.1073/pnas.092080199. The switches reproduce the published implementations as cited references:
/// NetLogo's Rebellion (Wilensky 2004) and Mesa's <c>epstein_civil_violence</c> example; no code is taken from them.</para>
/// <para>The defaults are the <see cref="UnrestPreset.Statecraft"/> preset with the paper's Run 2 (vision 7, L 0.82,
/// J_max 30, cop density 0.04). Use <see cref="FromPreset"/> and <see cref="UnrestRuns"/> for the named bundles, and
/// <c>with</c> to override any value.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record UnrestOptions
{
    /// <summary>Gets the lattice width in sites. Range: ≥ 3 and ≥ 2·⌊v⌋ + 1 for both visions. Default 40.</summary>
    public int Width { get; init; } = UnrestDeclarations.Width.Default;

    /// <summary>Gets the lattice height in sites. Range: as <see cref="Width"/>. Default 40.</summary>
    public int Height { get; init; } = UnrestDeclarations.Height.Default;

    /// <summary>Gets the agent density d_agent. Range: [0, 1], with d_agent + d_cop ≤ 1. Default 0.7.</summary>
    public double AgentDensity { get; init; } = UnrestDeclarations.AgentDensity.Default;

    /// <summary>Gets the initial cop density d_cop. Range: [0, 1]. Default 0.04.</summary>
    public double CopDensity { get; init; } = UnrestDeclarations.CopDensity.Default;

    /// <summary>Gets the agent vision radius v. Range: [0, 1000]. Default 7.</summary>
    public double AgentVision { get; init; } = UnrestDeclarations.AgentVision.Default;

    /// <summary>Gets the cop vision radius v*. Range: [0, 1000]. Default 7.</summary>
    public double CopVision { get; init; } = UnrestDeclarations.CopVision.Default;

    /// <summary>Gets the initial legitimacy L₀. Range: [0, 1]. Default 0.82.</summary>
    public double Legitimacy { get; init; } = UnrestDeclarations.Legitimacy.Default;

    /// <summary>Gets the maximum jail term J_max in ticks (ignored under <see cref="JailTermRule.Infinite"/>). Range: ≥ 1. Default 30.</summary>
    public int MaxJailTerm { get; init; } = UnrestDeclarations.DefaultMaxJailTerm;

    /// <summary>Gets k in P = 1 − exp(−k·f(C/A)). Range: [0, 100]. Default 2.3.</summary>
    public double K { get; init; } = UnrestDeclarations.K.Default;

    /// <summary>Gets the activation threshold T of rule A (active iff G − N &gt; T). Range: [0, 1]. Default 0.1.</summary>
    public double Threshold { get; init; } = UnrestDeclarations.Threshold.Default;

    /// <summary>Gets whether agents move (rule M). Run 1 turns it off. Default on.</summary>
    public bool AgentMovement { get; init; } = UnrestDeclarations.AgentMovement.Default;

    /// <summary>Gets whether cops still move when agent movement is off. Default on (NetLogo, replication).</summary>
    public bool CopsMoveWhenAgentsFrozen { get; init; } = UnrestDeclarations.CopsMoveWhenAgentsFrozen.Default;

    /// <summary>Gets α in the net risk N = R·P·J_max^α. Range: [0, 10]. Default 0 (off, as in every reported run; unverified).</summary>
    public double JailDeterrenceExponent { get; init; }

    /// <summary>Gets the arrest ratio rule f. Default <see cref="ArrestRatioRule.Floor"/>.</summary>
    public ArrestRatioRule ArrestRatioRule { get; init; } = UnrestDeclarations.ArrestRatioRule.Default;

    /// <summary>Gets how an agent counts itself among the actives. Default <see cref="SelfCount.Once"/>.</summary>
    public SelfCount SelfCount { get; init; } = UnrestDeclarations.SelfCount.Default;

    /// <summary>Gets whether C includes cops on the agent's own site (NetLogo yes, Mesa no). Default no.</summary>
    public bool CountOwnSiteCops { get; init; }

    /// <summary>Gets the vision metric. Default <see cref="VisionMetric.EuclideanDisc"/>.</summary>
    public VisionMetric VisionMetric { get; init; } = UnrestDeclarations.VisionMetric.Default;

    /// <summary>Gets the order of moving and acting. Default <see cref="ActivationOrder.MoveThenAct"/>.</summary>
    public ActivationOrder Order { get; init; } = UnrestDeclarations.Order.Default;

    /// <summary>Gets where jailed agents are. Default <see cref="JailPlacement.OffLattice"/>.</summary>
    public JailPlacement JailPlacement { get; init; } = UnrestDeclarations.JailPlacement.Default;

    /// <summary>Gets the jail-term distribution. Default <see cref="JailTermRule.OneToJ"/>.</summary>
    public JailTermRule JailTerm { get; init; } = UnrestDeclarations.JailTerm.Default;

    /// <summary>Gets when jail terms count down. Default <see cref="JailCountdown.EndOfTick"/>.</summary>
    public JailCountdown JailCountdown { get; init; } = UnrestDeclarations.JailCountdown.Default;

    /// <summary>Gets whether a cop moves onto its arrestee's site (NetLogo). Default no.</summary>
    public bool CopStepsOntoArrest { get; init; }

    /// <summary>Gets the initial placement rule. Default <see cref="PlacementRule.ExactCount"/>.</summary>
    public PlacementRule Placement { get; init; } = UnrestDeclarations.Placement.Default;

    /// <summary>Gets the legitimacy law. Default <see cref="ConstantLegitimacy"/>.</summary>
    public LegitimacyLaw LegitimacyLaw { get; init; } = ConstantLegitimacy.Instance;

    /// <summary>Gets a gradual cop withdrawal, if any (Run 5).</summary>
    public CopRemoval? CopRemoval { get; init; }

    /// <summary>Gets whether the effective hardship H·(1 + η·K) of the coupling model is capped at 1. Default no.</summary>
    public bool HardshipClamp { get; init; }

    /// <summary>Gets the actives count above which a tick belongs to an outburst (§5.12). Range: ≥ 0. Default 50.</summary>
    public int OutburstThreshold { get; init; } = UnrestDeclarations.OutburstThreshold.Default;

    /// <summary>Gets the preset's switches and default parameters.</summary>
    /// <param name="preset">The preset.</param>
    /// <returns>The options (§5.10).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Unknown preset.</exception>
    public static UnrestOptions FromPreset(UnrestPreset preset) => preset switch
    {
        UnrestPreset.Statecraft => new UnrestOptions(),
        UnrestPreset.PaperText => new UnrestOptions { ArrestRatioRule = ArrestRatioRule.Literal },
        UnrestPreset.NetLogo => new UnrestOptions
        {
            SelfCount = SelfCount.NetLogoDouble,
            CountOwnSiteCops = true,
            JailPlacement = JailPlacement.OnLatticeEmpty,
            JailTerm = JailTermRule.ZeroToJMinus1,
            CopStepsOntoArrest = true,
        },
        UnrestPreset.Mesa => new UnrestOptions
        {
            ArrestRatioRule = ArrestRatioRule.RoundHalfEven,
            VisionMetric = VisionMetric.VonNeumann,
            Order = ActivationOrder.ActThenMove,
            JailPlacement = JailPlacement.OnLatticeBlocking,
            JailTerm = JailTermRule.ZeroToJ,
            JailCountdown = JailCountdown.OwnActivation,
            CopsMoveWhenAgentsFrozen = false,
            Placement = PlacementRule.Bernoulli,
            Legitimacy = 0.8,
            CopDensity = 0.074,
            MaxJailTerm = 1000,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown preset."),
    };

    /// <summary>Checks every range and cross-field constraint.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names it.</exception>
    public void Validate()
    {
        OptionRangeException.ThrowIfOutside(AgentDensity, UnrestDeclarations.AgentDensity);
        OptionRangeException.ThrowIfOutside(CopDensity, UnrestDeclarations.CopDensity);
        OptionRangeException.ThrowIfOutside(AgentDensity + CopDensity, 0, 1, "agent-density + cop-density");
        OptionRangeException.ThrowIfOutside(AgentVision, UnrestDeclarations.AgentVision);
        OptionRangeException.ThrowIfOutside(CopVision, UnrestDeclarations.CopVision);
        OptionRangeException.ThrowIfOutside(Legitimacy, UnrestDeclarations.Legitimacy);
        OptionRangeException.ThrowIfOutside(K, UnrestDeclarations.K);
        OptionRangeException.ThrowIfOutside(Threshold, UnrestDeclarations.Threshold);
        OptionRangeException.ThrowIfOutside(JailDeterrenceExponent, UnrestDeclarations.JailDeterrenceExponent);
        OptionRangeException.ThrowIfOutside(MaxJailTerm, 1, Options.MaxJailTerm.Longest, "max-jail-term");
        OptionRangeException.ThrowIfOutside(OutburstThreshold, UnrestDeclarations.OutburstThreshold);
        var reach = (int)Math.Floor(Math.Max(AgentVision, CopVision));
        var minSide = Math.Max(3, (2 * reach) + 1);
        OptionRangeException.ThrowIfOutside(Width, minSide, UnrestDeclarations.Width.Max, "width", " (at least 2·⌊vision⌋ + 1)");
        OptionRangeException.ThrowIfOutside(Height, minSide, UnrestDeclarations.Height.Max, "height", " (at least 2·⌊vision⌋ + 1)");
        OptionRangeException.ThrowIfOutside((double)Width * Height, 1, 100_000_000, "width × height");
        if (CopRemoval is { } removal)
        {
            OptionRangeException.ThrowIfOutside(removal.StartTick, 0, int.MaxValue, "cop-removal start tick");
            OptionRangeException.ThrowIfOutside(removal.EndTick, removal.StartTick + 1, int.MaxValue, "cop-removal end tick");
            OptionRangeException.ThrowIfOutside(removal.FinalShare, 0, 1, "cop-removal final share");
        }
    }
}
