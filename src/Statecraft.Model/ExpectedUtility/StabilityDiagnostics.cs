namespace Statecraft.Model.ExpectedUtility;

/// <summary>How a run of the expected-utility model stopped, and how stable it was when it did (§2.5).</summary>
/// <remarks>
/// <para>Cycle statistics describe the first repetition found within p_max rounds; they are filled whatever the
/// stopping rule. A period of 1 is a fixed point: nobody moved.</para>
/// <para>Immutable and thread-safe. Numbers are on the issue's own scale.</para>
/// </remarks>
/// <param name="Reason">Why the run stopped.</param>
/// <param name="StoppingRound">The last round played (0 when no round was played).</param>
/// <param name="CycleFound">Whether the positions repeated within the tolerance.</param>
/// <param name="CyclePeriod">The cycle's period p (0 when none was found).</param>
/// <param name="CycleDetectedRound">The round t at which x(t) repeated x(t − p) (0 when none).</param>
/// <param name="CycleMedianMin">The smallest median over the cycle's rounds t − p + 1..t (NaN when none).</param>
/// <param name="CycleMedianMax">The largest median over the cycle (NaN when none).</param>
/// <param name="CycleMedianMean">The mean of the medians over the cycle (NaN when none).</param>
/// <param name="PlateauLength">How many rounds in a row, ending at the stopping round, moved the median by at most ε·R.</param>
/// <param name="MedianRangeLastK">max − min of the median over the last k rounds (k = plateau rounds), stopping round included.</param>
public sealed record StabilityDiagnostics(
    StopReason Reason,
    int StoppingRound,
    bool CycleFound,
    int CyclePeriod,
    int CycleDetectedRound,
    double CycleMedianMin,
    double CycleMedianMax,
    double CycleMedianMean,
    int PlateauLength,
    double MedianRangeLastK);
