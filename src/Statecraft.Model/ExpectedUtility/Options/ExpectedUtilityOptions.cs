using System.Globalization;
using Statecraft.Model.Domain;

namespace Statecraft.Model.ExpectedUtility.Options;

/// <summary>Every option of the expected-utility model, typed and validated (§2.4, §2.5).</summary>
/// <remarks>
/// <para>Build it from text settings with <see cref="FromSettings"/>: the <c>preset</c> option
/// (<c>scholz-code</c>, the default, or <c>paper-literal</c>) fills every value, and each option named in the
/// settings overrides its preset value. <see cref="ToSettings"/> writes every value back, kebab-case, so a run
/// records exactly what it used.</para>
/// <para><c>default(ExpectedUtilityOptions)</c> is <see langword="null"/>; use <see cref="ScholzCode"/> or
/// <see cref="PaperLiteral"/> and <c>with</c>. Immutable and thread-safe.</para>
/// </remarks>
public sealed record ExpectedUtilityOptions
{
    /// <summary>Gets the preset the values started from (recorded only; changing it changes no other value).</summary>
    public ExpectedUtilityPreset Preset { get; init; }

    /// <summary>Gets how support becomes a probability (ambiguity 1).</summary>
    public ProbabilityNormaliser ProbabilityNormaliser { get; init; }

    /// <summary>Gets the exponent inside votes in the second pass (ambiguity 2).</summary>
    public VoteExponent VoteExponent { get; init; }

    /// <summary>Gets whose exponent evaluates the partner's challenge (ambiguity 3).</summary>
    public Perspective Perspective { get; init; }

    /// <summary>Gets the choice among compromise offers (ambiguity 4).</summary>
    public CompromiseSelection CompromiseSelection { get; init; }

    /// <summary>Gets whether the capitulation region yields offers (ambiguity 5).</summary>
    public CapitulationRule Capitulation { get; init; }

    /// <summary>Gets what an accepted confrontation does (ambiguity 6).</summary>
    public ConflictResolution ConflictResolution { get; init; }

    /// <summary>Gets Q, the probability that an unchallenged target keeps its position (ambiguity 7a). Range: [0, 1].</summary>
    public double Q { get; init; } = ExpectedUtilityDeclarations.Q.Default;

    /// <summary>Gets whether the (1 − Q) term is included (ambiguity 7b).</summary>
    public QTerm QTerm { get; init; }

    /// <summary>Gets the T rule of the (1 − Q) term (ambiguity 7c).</summary>
    public TRule TRule { get; init; }

    /// <summary>Gets the definition of the median (ambiguity 10).</summary>
    public MedianRule MedianRule { get; init; }

    /// <summary>Gets when the range R is computed (ambiguity 11).</summary>
    public RangeMode RangeMode { get; init; }

    /// <summary>Gets where a compromise move starts (ambiguity 12).</summary>
    public MoveOrigin MoveOrigin { get; init; }

    /// <summary>Gets the round limit τ: the number of rounds under fixed rounds, the cap under the other rules. Range: [0, 100000].</summary>
    public int Rounds { get; init; } = ExpectedUtilityDeclarations.Rounds.Default;

    /// <summary>Gets the stopping rule (§2.5).</summary>
    public StoppingRule Stop { get; init; }

    /// <summary>Gets ε of the plateau rule, in units of R. Range: [0, 1].</summary>
    public double PlateauEpsilon { get; init; } = ExpectedUtilityDeclarations.PlateauEpsilon.Default;

    /// <summary>Gets k, the number of rounds the plateau rule (and the median-range diagnostic) looks back. Range: [1, 1000].</summary>
    public int PlateauRounds { get; init; } = ExpectedUtilityDeclarations.PlateauRounds.Default;

    /// <summary>Gets the common discount factor β of the discount rule. Range: [0, 1].</summary>
    public double DiscountBeta { get; init; } = ExpectedUtilityDeclarations.DiscountBeta.Default;

    /// <summary>Gets p_max, the longest cycle period looked for. Range: [1, 1000].</summary>
    public int CycleMaxPeriod { get; init; } = ExpectedUtilityDeclarations.CycleMaxPeriod.Default;

    /// <summary>Gets the cycle tolerance, in units of R: positions repeat when max_i |x_i(t) − x_i(t−p)| ≤ tol·R. Range: [0, 1].</summary>
    public double CycleTolerance { get; init; } = ExpectedUtilityDeclarations.CycleTolerance.Default;

    /// <summary>Gets the values of Scholz's own program (the public Python implementation), which reproduce Scholz et al. (2011) Table 2.</summary>
    public static ExpectedUtilityOptions ScholzCode { get; } = new()
    {
        Preset = ExpectedUtilityPreset.ScholzCode,
        ProbabilityNormaliser = ProbabilityNormaliser.GlobalZ,
        VoteExponent = VoteExponent.VoterRisk,
        Perspective = Perspective.Receiver,
        CompromiseSelection = CompromiseSelection.MinWeightedPosition,
        Capitulation = CapitulationRule.Disabled,
        ConflictResolution = ConflictResolution.DeterministicMove,
        Q = 1,
        QTerm = QTerm.Omitted,
        TRule = TRule.Geometric,
        MedianRule = MedianRule.CondorcetScan,
        RangeMode = RangeMode.FixedInitial,
        MoveOrigin = MoveOrigin.Current,
    };

    /// <summary>Gets the values of the equations of Scholz, Calbert &amp; Smith (2011) read literally.</summary>
    /// <remarks>The range R stays fixed at its initial value, as in <see cref="ScholzCode"/>; see docs/models/expected-utility.md.</remarks>
    public static ExpectedUtilityOptions PaperLiteral { get; } = ScholzCode with
    {
        Preset = ExpectedUtilityPreset.PaperLiteral,
        ProbabilityNormaliser = ProbabilityNormaliser.PairNormalised,
        VoteExponent = VoteExponent.One,
        Perspective = Perspective.Sender,
        CompromiseSelection = CompromiseSelection.LeastMove,
        Capitulation = CapitulationRule.Enabled,
        QTerm = QTerm.Included,

        // §2.4 lists recompute-each-round here, but its own oracle (§7.1: the emission median is 7.00 in
        // rounds 1–8) holds only with the fixed initial range: with a recomputed range the median jumps to 10 in
        // round 3. The preset follows the oracle; range-mode=recompute-each-round gives the table's reading.
        RangeMode = RangeMode.FixedInitial,
    };

    /// <summary>Returns the values of a preset.</summary>
    /// <param name="preset">The preset.</param>
    /// <returns>The options.</returns>
    public static ExpectedUtilityOptions FromPreset(ExpectedUtilityPreset preset) =>
        preset == ExpectedUtilityPreset.PaperLiteral ? PaperLiteral : ScholzCode;

    /// <summary>Reads the options from text settings: the preset first, then every named override.</summary>
    /// <param name="settings">The settings (names kebab-case, see <see cref="ExpectedUtilityOptionNames"/>).</param>
    /// <returns>The validated options.</returns>
    /// <remarks>Unknown names are refused by the model (<see cref="ModelSettings.RequireKnown"/>), not here.</remarks>
    /// <exception cref="ModelOptionException">A value cannot be parsed or is out of range.</exception>
    public static ExpectedUtilityOptions FromSettings(ModelSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var b = FromPreset(ExpectedUtilityDeclarations.Preset.Read(settings));
        var options = b with
        {
            ProbabilityNormaliser = ExpectedUtilityDeclarations.ProbabilityNormaliser.Read(settings, b.ProbabilityNormaliser),
            VoteExponent = ExpectedUtilityDeclarations.VoteExponent.Read(settings, b.VoteExponent),
            Perspective = ExpectedUtilityDeclarations.Perspective.Read(settings, b.Perspective),
            CompromiseSelection = ExpectedUtilityDeclarations.CompromiseSelection.Read(settings, b.CompromiseSelection),
            Capitulation = ExpectedUtilityDeclarations.Capitulation.Read(settings, b.Capitulation),
            ConflictResolution = ExpectedUtilityDeclarations.ConflictResolution.Read(settings, b.ConflictResolution),
            Q = ExpectedUtilityDeclarations.Q.Read(settings, b.Q),
            QTerm = ExpectedUtilityDeclarations.QTerm.Read(settings, b.QTerm),
            TRule = ExpectedUtilityDeclarations.TRule.Read(settings, b.TRule),
            MedianRule = ExpectedUtilityDeclarations.MedianRule.Read(settings, b.MedianRule),
            RangeMode = ExpectedUtilityDeclarations.RangeMode.Read(settings, b.RangeMode),
            MoveOrigin = ExpectedUtilityDeclarations.MoveOrigin.Read(settings, b.MoveOrigin),
            Rounds = ExpectedUtilityDeclarations.Rounds.Read(settings, b.Rounds),
            Stop = ExpectedUtilityDeclarations.Stop.Read(settings, b.Stop),
            PlateauEpsilon = ExpectedUtilityDeclarations.PlateauEpsilon.Read(settings, b.PlateauEpsilon),
            PlateauRounds = ExpectedUtilityDeclarations.PlateauRounds.Read(settings, b.PlateauRounds),
            DiscountBeta = ExpectedUtilityDeclarations.DiscountBeta.Read(settings, b.DiscountBeta),
            CycleMaxPeriod = ExpectedUtilityDeclarations.CycleMaxPeriod.Read(settings, b.CycleMaxPeriod),
            CycleTolerance = ExpectedUtilityDeclarations.CycleTolerance.Read(settings, b.CycleTolerance),
        };
        options.Validate();
        return options;
    }

    /// <summary>Checks every value against its range.</summary>
    /// <exception cref="ModelOptionException">A value is out of range (the message names the option, the value and the range).</exception>
    public void Validate()
    {
        ExpectedUtilityDeclarations.Preset.Check(Preset);
        ExpectedUtilityDeclarations.ProbabilityNormaliser.Check(ProbabilityNormaliser);
        ExpectedUtilityDeclarations.VoteExponent.Check(VoteExponent);
        ExpectedUtilityDeclarations.Perspective.Check(Perspective);
        ExpectedUtilityDeclarations.CompromiseSelection.Check(CompromiseSelection);
        ExpectedUtilityDeclarations.Capitulation.Check(Capitulation);
        ExpectedUtilityDeclarations.ConflictResolution.Check(ConflictResolution);
        ExpectedUtilityDeclarations.QTerm.Check(QTerm);
        ExpectedUtilityDeclarations.TRule.Check(TRule);
        ExpectedUtilityDeclarations.MedianRule.Check(MedianRule);
        ExpectedUtilityDeclarations.RangeMode.Check(RangeMode);
        ExpectedUtilityDeclarations.MoveOrigin.Check(MoveOrigin);
        ExpectedUtilityDeclarations.Stop.Check(Stop);
        ExpectedUtilityDeclarations.Q.Check(Q);
        ExpectedUtilityDeclarations.PlateauEpsilon.Check(PlateauEpsilon);
        ExpectedUtilityDeclarations.DiscountBeta.Check(DiscountBeta);
        ExpectedUtilityDeclarations.CycleTolerance.Check(CycleTolerance);
        ExpectedUtilityDeclarations.Rounds.Check(Rounds);
        ExpectedUtilityDeclarations.PlateauRounds.Check(PlateauRounds);
        ExpectedUtilityDeclarations.CycleMaxPeriod.Check(CycleMaxPeriod);
    }

    /// <summary>Writes every value as kebab-case text settings, the preset included.</summary>
    /// <returns>Settings that <see cref="FromSettings"/> reads back to equal options.</returns>
    public ModelSettings ToSettings()
    {
        static string K<T>(T value)
            where T : struct, Enum => ModelSettings.ToKebab(value.ToString());
        static string D(double value) => value.ToString("R", CultureInfo.InvariantCulture);
        static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
        return ModelSettings.From(
        [
            new(ExpectedUtilityOptionNames.Preset, K(Preset)),
            new(ExpectedUtilityOptionNames.ProbabilityNormaliser, K(ProbabilityNormaliser)),
            new(ExpectedUtilityOptionNames.VoteExponent, K(VoteExponent)),
            new(ExpectedUtilityOptionNames.Perspective, K(Perspective)),
            new(ExpectedUtilityOptionNames.CompromiseSelection, K(CompromiseSelection)),
            new(ExpectedUtilityOptionNames.Capitulation, K(Capitulation)),
            new(ExpectedUtilityOptionNames.ConflictResolution, K(ConflictResolution)),
            new(ExpectedUtilityOptionNames.Q, D(Q)),
            new(ExpectedUtilityOptionNames.QTerm, K(QTerm)),
            new(ExpectedUtilityOptionNames.TRule, K(TRule)),
            new(ExpectedUtilityOptionNames.MedianRule, K(MedianRule)),
            new(ExpectedUtilityOptionNames.RangeMode, K(RangeMode)),
            new(ExpectedUtilityOptionNames.MoveOrigin, K(MoveOrigin)),
            new(ExpectedUtilityOptionNames.Rounds, I(Rounds)),
            new(ExpectedUtilityOptionNames.Stop, K(Stop)),
            new(ExpectedUtilityOptionNames.PlateauEpsilon, D(PlateauEpsilon)),
            new(ExpectedUtilityOptionNames.PlateauRounds, I(PlateauRounds)),
            new(ExpectedUtilityOptionNames.DiscountBeta, D(DiscountBeta)),
            new(ExpectedUtilityOptionNames.CycleMaxPeriod, I(CycleMaxPeriod)),
            new(ExpectedUtilityOptionNames.CycleTolerance, D(CycleTolerance)),
        ]);
    }
}
