using System.Collections.Immutable;

namespace Statecraft.Model.Uncertainty;

/// <summary>How uncertain a scenario's inputs are: the noise the Monte Carlo engine adds to positions, saliences and capabilities.</summary>
/// <remarks>
/// <para>For one replicate, with independent standard normal draws Z (docs/uncertainty.md):</para>
/// <list type="bullet">
/// <item><description>position: x′ = reflect(x + σ_x·(U − L)·Z) onto [L, U], σ_x = <see cref="PositionShare"/>;
/// reflection folds a draw that leaves the scale back onto it, as a mirror at each end;</description></item>
/// <item><description>salience: s′ = clamp(s·exp(σ_s·Z), 0, 1), σ_s = <see cref="SalienceSigma"/>; the factor has median 1, so
/// ×2 is as likely as ÷2, and a salience of 0 stays 0;</description></item>
/// <item><description>capability: c′ = c·exp(σ_c·Z), σ_c = <see cref="CapabilitySigma"/>, one draw per actor, applied to
/// its capability and to each of its issue-specific capabilities.</description></item>
/// </list>
/// <para>Defaults [Statecraft]: σ_x = 0.05 (5 points on a 0–100 scale), σ_s = 0.2, σ_c = 0.2. They stand for the
/// disagreement between experts coding the same actor, and are assumptions to be replaced with better knowledge
/// per actor and issue through <see cref="Overrides"/>.</para>
/// <para>Immutable and thread-safe. Records do not compare collections structurally: use <see cref="ContentEquals"/>.</para>
/// </remarks>
public sealed record UncertaintySpec
{
    /// <summary>The largest σ accepted for the log-normal noise (a factor of e⁵ ≈ 148 at one standard deviation).</summary>
    public const double MaxSigma = 5;

    /// <summary>Gets the default spec: σ_x = 0.05, σ_s = 0.2, σ_c = 0.2, no overrides.</summary>
    public static UncertaintySpec Default { get; } = new();

    /// <summary>Gets the spec with no noise at all: every replicate equals the input scenario.</summary>
    public static UncertaintySpec None { get; } = new() { PositionShare = 0, SalienceSigma = 0, CapabilitySigma = 0 };

    /// <summary>Gets the standard deviation of position noise as a share of the issue's scale width.</summary>
    /// <remarks>Range: [0, 1]. Default 0.05.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or outside the range.</exception>
    public double PositionShare
    {
        get;
        init => field = CheckRange(value, 1, nameof(PositionShare));
    } = 0.05;

    /// <summary>Gets σ of the multiplicative log-normal noise on salience.</summary>
    /// <remarks>Range: [0, <see cref="MaxSigma"/>]. Default 0.2.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or outside the range.</exception>
    public double SalienceSigma
    {
        get;
        init => field = CheckRange(value, MaxSigma, nameof(SalienceSigma));
    } = 0.2;

    /// <summary>Gets σ of the multiplicative log-normal noise on capability.</summary>
    /// <remarks>Range: [0, <see cref="MaxSigma"/>]. Default 0.2.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or outside the range.</exception>
    public double CapabilitySigma
    {
        get;
        init => field = CheckRange(value, MaxSigma, nameof(CapabilitySigma));
    } = 0.2;

    /// <summary>Gets the per-actor, per-issue and per-stance overrides, in order.</summary>
    /// <exception cref="ArgumentException">An override sets a value out of range, or sets a capability σ for one issue.</exception>
    public ImmutableArray<UncertaintyOverride> Overrides
    {
        get;
        init => field = CheckOverrides(value);
    } = [];

    /// <summary>Resolves the position share for a stance.</summary>
    /// <param name="actorId">The actor.</param>
    /// <param name="issueId">The issue.</param>
    /// <returns>σ_x as a share of the scale width.</returns>
    public double PositionShareFor(string actorId, string issueId) =>
        Resolve(actorId, issueId, o => o.PositionShare) ?? PositionShare;

    /// <summary>Resolves the salience σ for a stance.</summary>
    /// <param name="actorId">The actor.</param>
    /// <param name="issueId">The issue.</param>
    /// <returns>σ_s.</returns>
    public double SalienceSigmaFor(string actorId, string issueId) =>
        Resolve(actorId, issueId, o => o.SalienceSigma) ?? SalienceSigma;

    /// <summary>Resolves the capability σ for an actor.</summary>
    /// <param name="actorId">The actor.</param>
    /// <returns>σ_c.</returns>
    public double CapabilitySigmaFor(string actorId) =>
        Resolve(actorId, null, o => o.CapabilitySigma) ?? CapabilitySigma;

    /// <summary>Returns a copy that keeps only the overrides naming actors and issues that <paramref name="keepActor"/> and <paramref name="keepIssue"/> accept.</summary>
    /// <param name="keepActor">Whether an actor id is still valid.</param>
    /// <param name="keepIssue">Whether an issue id is still valid.</param>
    /// <returns>The filtered spec (used when a what-if removes actors).</returns>
    public UncertaintySpec Restrict(Func<string, bool> keepActor, Func<string, bool> keepIssue)
    {
        ArgumentNullException.ThrowIfNull(keepActor);
        ArgumentNullException.ThrowIfNull(keepIssue);
        return this with
        {
            Overrides = [.. Overrides.Where(o => (o.ActorId is null || keepActor(o.ActorId)) && (o.IssueId is null || keepIssue(o.IssueId)))],
        };
    }

    /// <summary>Compares two specs by content, overrides in order.</summary>
    /// <param name="other">The other spec.</param>
    /// <returns><see langword="true"/> when both describe the same noise.</returns>
    public bool ContentEquals(UncertaintySpec? other) =>
        other is not null
        && PositionShare.Equals(other.PositionShare)
        && SalienceSigma.Equals(other.SalienceSigma)
        && CapabilitySigma.Equals(other.CapabilitySigma)
        && Overrides.SequenceEqual(other.Overrides);

    private double? Resolve(string actorId, string? issueId, Func<UncertaintyOverride, double?> pick)
    {
        double? best = null;
        var bestLevel = -1;
        foreach (var o in Overrides)
        {
            if (o.AppliesTo(actorId, issueId) && pick(o) is { } v && o.Specificity >= bestLevel)
            {
                best = v;
                bestLevel = o.Specificity;
            }
        }

        return best;
    }

    private static double CheckRange(double value, double max, string name) =>
        value >= 0 && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must lie in [0, {max}].");

    private static ImmutableArray<UncertaintyOverride> CheckOverrides(ImmutableArray<UncertaintyOverride> overrides)
    {
        if (overrides.IsDefault)
        {
            return [];
        }

        foreach (var o in overrides)
        {
            ArgumentNullException.ThrowIfNull(o, nameof(overrides));
            var where = $"override ({o.ActorId ?? "*"}, {o.IssueId ?? "*"})";
            if (o.PositionShare is { } p && !(p >= 0 && p <= 1))
            {
                throw new ArgumentException($"{where}: position share {p} must lie in [0, 1].", nameof(overrides));
            }

            if (o.SalienceSigma is { } s && !(s >= 0 && s <= MaxSigma))
            {
                throw new ArgumentException($"{where}: salience sigma {s} must lie in [0, {MaxSigma}].", nameof(overrides));
            }

            if (o.CapabilitySigma is { } c)
            {
                if (!(c >= 0 && c <= MaxSigma))
                {
                    throw new ArgumentException($"{where}: capability sigma {c} must lie in [0, {MaxSigma}].", nameof(overrides));
                }

                if (o.IssueId is not null)
                {
                    throw new ArgumentException($"{where}: capability is per actor, so an override for one issue cannot set its sigma.", nameof(overrides));
                }
            }
        }

        return overrides;
    }
}
