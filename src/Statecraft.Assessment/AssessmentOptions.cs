using System.Collections.Immutable;

namespace Statecraft.Assessment;

/// <summary>What an assessment runs: the lead model, the models compared, the Monte Carlo size, the shocks and the thresholds of the words.</summary>
/// <remarks>
/// <para>[Statecraft] defaults: the expected-utility model leads (its Monte Carlo gives the headline, its sensitivity the
/// "if …, then …"), 2,000 Monte Carlo runs, models agree when their forecasts span less than 10% of the scale, the three
/// most influential actors are dropped in turn and the three saliences with the largest swing are shifted.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record AssessmentOptions
{
    /// <summary>Gets the default options.</summary>
    public static AssessmentOptions Default { get; } = new();

    /// <summary>Gets the name of the model whose Monte Carlo, sensitivity and shocks the brief reports.</summary>
    public string LeadModel { get; init; } = "eu";

    /// <summary>Gets the models compared on every issue, in the order the brief names them.</summary>
    /// <remarks>The exchange model is skipped when the scenario has a single issue (there is nothing to trade).</remarks>
    public ImmutableArray<string> Models { get; init; } = ["compromise", "median", "nash", "eu", "smp", "exchange", "statecraft"];

    /// <summary>Gets the number of Monte Carlo runs over the scenario's stated doubt.</summary>
    /// <remarks>Range: [100, 1,000,000]. Default 2,000.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int Runs
    {
        get;
        init => field = value is >= 100 and <= 1_000_000 ? value : throw new ArgumentOutOfRangeException(nameof(Runs), value, "Runs must lie in [100, 1000000].");
    } = 2000;

    /// <summary>Gets the spread of the models' forecasts, as a share of the scale width, below which the brief says they agree.</summary>
    /// <remarks>Range: (0, 1). Default 0.1.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public double AgreementShare
    {
        get;
        init => field = value is > 0 and < 1 ? value : throw new ArgumentOutOfRangeException(nameof(AgreementShare), value, "AgreementShare must lie in (0, 1).");
    } = 0.1;

    /// <summary>Gets how many of the most influential actors (capability × summed salience) are dropped, one at a time.</summary>
    /// <remarks>Range: [0, 20]. Default 3.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int DroppedActors
    {
        get;
        init => field = value is >= 0 and <= 20 ? value : throw new ArgumentOutOfRangeException(nameof(DroppedActors), value, "DroppedActors must lie in [0, 20].");
    } = 3;

    /// <summary>Gets how many saliences are shifted, one at a time: those whose one-at-a-time swing is largest.</summary>
    /// <remarks>A salience above 0.5 is halved, one at or below it doubled (at most 1). Range: [0, 20]. Default 3.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int SalienceShocks
    {
        get;
        init => field = value is >= 0 and <= 20 ? value : throw new ArgumentOutOfRangeException(nameof(SalienceShocks), value, "SalienceShocks must lie in [0, 20].");
    } = 3;

    /// <summary>Gets how many "if …, then …" sentences of each kind (inputs, shocks) an issue gets at most.</summary>
    /// <remarks>Range: [1, 10]. Default 2.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int WhatIfsPerIssue
    {
        get;
        init => field = value is >= 1 and <= 10 ? value : throw new ArgumentOutOfRangeException(nameof(WhatIfsPerIssue), value, "WhatIfsPerIssue must lie in [1, 10].");
    } = 2;
}
