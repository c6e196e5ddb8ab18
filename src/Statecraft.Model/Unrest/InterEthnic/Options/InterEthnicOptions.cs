using Statecraft.Model.Unrest.Options;

namespace Statecraft.Model.Unrest.InterEthnic.Options;

/// <summary>Every parameter and variant switch of Epstein's civil-violence Model II, inter-group (ethnic) violence.</summary>
/// <remarks>
/// <para>Epstein, J. M. (2002). Modeling civil violence: an agent-based computational approach. PNAS 99 (suppl. 3):
/// 7243–7250, doi:10.1073/pnas.092080199, Model II (§5.13). Two groups share the lattice; an agent whose
/// rule A says "active" kills a random member of the other group in view; cops arrest actives of either group
/// even-handedly; agents clone onto an empty neighbouring site with probability 0.05 per tick and die at a random
/// age drawn from U(0, 200).</para>
/// <para>The defaults are the paper's Run 7 (§5.11: 40 × 40 torus, agent density 0.7, vision 1.7, L 0.8,
/// J_max 15, no cops), with Model I's Statecraft switches (Floor rule, self counted once, Euclidean vision, jail off the
/// lattice, terms uniform on {1, …, J_max}). Use <see cref="InterEthnicRuns"/> for the named runs and <c>with</c> to
/// override any value.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record InterEthnicOptions
{
    /// <summary>Gets the lattice width in sites. Range: [3, 100000] and ≥ 2·⌊v⌋ + 1 for both visions. Default 40.</summary>
    public int Width { get; init; } = InterEthnicDeclarations.Width.Default;

    /// <summary>Gets the lattice height in sites. Range: as <see cref="Width"/>. Default 40.</summary>
    public int Height { get; init; } = InterEthnicDeclarations.Height.Default;

    /// <summary>Gets the initial agent density (both groups together). Range: [0, 1], with agent + cop density ≤ 1. Default 0.7.</summary>
    public double AgentDensity { get; init; } = InterEthnicDeclarations.AgentDensity.Default;

    /// <summary>Gets the share of the initial agents that are Blue; the rest are Green. Range: [0, 1]. Default 0.5.</summary>
    /// <remarks><b>[Statecraft]</b>: round(share × agents) of the randomly placed agents are Blue, an exact split; the paper gives no ratio.</remarks>
    public double BlueShare { get; init; } = InterEthnicDeclarations.BlueShare.Default;

    /// <summary>Gets the cop (peacekeeper) density while cops are on duty. Range: [0, 1]. Default 0 (Runs 6 and 7).</summary>
    public double CopDensity { get; init; }

    /// <summary>Gets the tick at which the cops arrive. Range: ≥ 0. Default 0 (on the lattice from the start).</summary>
    /// <remarks>The paper's peacekeepers are "dropped in" at t = 50. Arriving cops take uniformly random empty sites, as many as fit.</remarks>
    public int CopArrivalTick { get; init; }

    /// <summary>Gets the tick from which the cops are withdrawn, or <see langword="null"/> to keep them. Range: &gt; <see cref="CopArrivalTick"/>.</summary>
    /// <remarks>The paper reports that withdrawing the cops of the "stable, but nasty, regime" reverts to genocide.</remarks>
    public int? CopWithdrawalTick { get; init; }

    /// <summary>Gets the agent vision radius v in sites. Range: [0, 1000]. Default 1.7 (the Moore ring).</summary>
    public double AgentVision { get; init; } = InterEthnicDeclarations.AgentVision.Default;

    /// <summary>Gets the cop vision radius v* in sites. Range: [0, 1000]. Default 1.7.</summary>
    public double CopVision { get; init; } = InterEthnicDeclarations.CopVision.Default;

    /// <summary>Gets L_B, the legitimacy Blue accords Green; Blue grievance is G = H·(1 − L_B). Range: [0, 1]. Default 0.8.</summary>
    public double BlueLegitimacy { get; init; } = InterEthnicDeclarations.BlueLegitimacy.Default;

    /// <summary>Gets L_G, the legitimacy Green accords Blue. Range: [0, 1]. Default 0.8.</summary>
    public double GreenLegitimacy { get; init; } = InterEthnicDeclarations.GreenLegitimacy.Default;

    /// <summary>Gets the maximum jail term J_max in ticks (ignored under <see cref="JailTermRule.Infinite"/>). Range: ≥ 1. Default 15.</summary>
    public int MaxJailTerm { get; init; } = InterEthnicDeclarations.DefaultMaxJailTerm;

    /// <summary>Gets the jail-term distribution (Model I's rule, §5.6). Default <see cref="JailTermRule.OneToJ"/>.</summary>
    public JailTermRule JailTerm { get; init; } = InterEthnicDeclarations.JailTerm.Default;

    /// <summary>Gets k in P = 1 − exp(−k·f(C/A)). Range: [0, 100]. Default 2.3.</summary>
    public double K { get; init; } = InterEthnicDeclarations.K.Default;

    /// <summary>Gets the activation threshold T (active iff G − R·P &gt; T). Range: [0, 1]. Default 0.1.</summary>
    public double Threshold { get; init; } = InterEthnicDeclarations.Threshold.Default;

    /// <summary>Gets the arrest ratio rule f (§5.4). Default <see cref="ArrestRatioRule.Floor"/>.</summary>
    public ArrestRatioRule ArrestRatioRule { get; init; } = InterEthnicDeclarations.ArrestRatioRule.Default;

    /// <summary>Gets how an agent counts itself among the actives A. Default <see cref="SelfCount.Once"/>.</summary>
    public SelfCount SelfCount { get; init; } = InterEthnicDeclarations.SelfCount.Default;

    /// <summary>Gets the vision metric (§5.8). Default <see cref="VisionMetric.EuclideanDisc"/>.</summary>
    public VisionMetric VisionMetric { get; init; } = InterEthnicDeclarations.VisionMetric.Default;

    /// <summary>Gets whether agents move (rule M). Default on, as in every Model II run.</summary>
    public bool AgentMovement { get; init; } = InterEthnicDeclarations.AgentMovement.Default;

    /// <summary>Gets when an agent may go active. Default <see cref="KillingActivation.TargetInView"/>.</summary>
    public KillingActivation KillingActivation { get; init; } = InterEthnicDeclarations.KillingActivation.Default;

    /// <summary>Gets the probability that a free agent clones itself onto an empty neighbouring site in a tick. Range: [0, 1]. Default 0.05.</summary>
    public double CloneProbability { get; init; } = InterEthnicDeclarations.CloneProbability.Default;

    /// <summary>Gets the maximum death age A_max in ticks; each agent's death age is an integer uniform on {1, …, A_max}. Range: ≥ 1. Default 200.</summary>
    /// <remarks>The paper draws the death age from U(0, 200); rounded up to whole ticks that is {1, …, 200}, as jail terms are.</remarks>
    public int MaxAge { get; init; } = InterEthnicDeclarations.MaxAge.Default;

    /// <summary>Gets the ages of the initial agents. Default <see cref="InitialAge.Newborn"/>.</summary>
    public InitialAge InitialAge { get; init; } = InterEthnicDeclarations.InitialAge.Default;

    /// <summary>Returns the legitimacy members of <paramref name="group"/> accord the other group.</summary>
    /// <param name="group">The group.</param>
    /// <returns>L_B or L_G.</returns>
    public double LegitimacyOf(EthnicGroup group) => group == EthnicGroup.Blue ? BlueLegitimacy : GreenLegitimacy;

    /// <summary>Returns the number of cops on duty at tick <paramref name="tick"/> on a lattice of <paramref name="sites"/> sites.</summary>
    /// <param name="tick">τ; 0 is the initial placement.</param>
    /// <param name="sites">Width × height.</param>
    /// <returns>round(d_cop × sites) from the arrival tick until the withdrawal tick (exclusive), else 0.</returns>
    public int CopsAt(int tick, int sites)
    {
        var onDuty = tick >= CopArrivalTick && (CopWithdrawalTick is not { } w || tick < w);
        return onDuty ? (int)Math.Round(CopDensity * sites, MidpointRounding.AwayFromZero) : 0;
    }

    /// <summary>Checks every range and cross-field constraint.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names it.</exception>
    public void Validate()
    {
        OptionRangeException.ThrowIfOutside(AgentDensity, InterEthnicDeclarations.AgentDensity);
        OptionRangeException.ThrowIfOutside(CopDensity, InterEthnicDeclarations.CopDensity);
        OptionRangeException.ThrowIfOutside(AgentDensity + CopDensity, 0, 1, "agent-density + cop-density");
        OptionRangeException.ThrowIfOutside(BlueShare, InterEthnicDeclarations.BlueShare);
        OptionRangeException.ThrowIfOutside(AgentVision, InterEthnicDeclarations.AgentVision);
        OptionRangeException.ThrowIfOutside(CopVision, InterEthnicDeclarations.CopVision);
        OptionRangeException.ThrowIfOutside(BlueLegitimacy, InterEthnicDeclarations.BlueLegitimacy);
        OptionRangeException.ThrowIfOutside(GreenLegitimacy, InterEthnicDeclarations.GreenLegitimacy);
        OptionRangeException.ThrowIfOutside(K, InterEthnicDeclarations.K);
        OptionRangeException.ThrowIfOutside(Threshold, InterEthnicDeclarations.Threshold);
        OptionRangeException.ThrowIfOutside(MaxJailTerm, 1, Unrest.Options.MaxJailTerm.Longest, "max-jail-term");
        OptionRangeException.ThrowIfOutside(CloneProbability, InterEthnicDeclarations.CloneProbability);
        OptionRangeException.ThrowIfOutside(MaxAge, InterEthnicDeclarations.MaxAge);
        OptionRangeException.ThrowIfOutside(CopArrivalTick, InterEthnicDeclarations.CopsArrive);
        if (CopWithdrawalTick is { } withdrawal)
        {
            OptionRangeException.ThrowIfOutside(withdrawal, CopArrivalTick + 1, int.MaxValue, "cops-withdraw");
        }

        var reach = (int)Math.Floor(Math.Max(Math.Max(AgentVision, CopVision), 1));
        var minSide = Math.Max(3, (2 * reach) + 1);
        OptionRangeException.ThrowIfOutside(Width, minSide, InterEthnicDeclarations.Width.Max, "width", " (at least 2·⌊vision⌋ + 1)");
        OptionRangeException.ThrowIfOutside(Height, minSide, InterEthnicDeclarations.Height.Max, "height", " (at least 2·⌊vision⌋ + 1)");
        OptionRangeException.ThrowIfOutside((double)Width * Height, 1, 10_000_000, "width × height");
    }
}
