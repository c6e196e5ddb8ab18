using System.Collections.Immutable;
using Statecraft.Model.Exchange.Options;

namespace Statecraft.Model.Exchange;

/// <summary>A full run of the exchange model on one linked set of issues (§4.9).</summary>
/// <remarks>Immutable and thread-safe. Numbers are on the internal 0–100 scale.</remarks>
/// <param name="Problem">The input.</param>
/// <param name="Options">The options used.</param>
/// <param name="InitialCompromise">The compromise (weighted mean) of the input positions per issue; NaN when nobody weighs the issue.</param>
/// <param name="Rounds">The rounds run, in order.</param>
public sealed record ExchangeResult(ExchangeProblem Problem, ExchangeOptions Options, ImmutableArray<double> InitialCompromise, ImmutableArray<ExchangeRound> Rounds)
{
    /// <summary>Gets the forecast per issue: the outcome of the last round, or the compromise when no round ran.</summary>
    public ImmutableArray<double> FinalOutcome => Rounds.IsEmpty ? InitialCompromise : Rounds[^1].Outcome;

    /// <summary>Gets a value indicating whether the run stopped before <see cref="ExchangeOptions.Rounds"/> because a round realised no exchange (later rounds would be identical).</summary>
    public bool StoppedEarly => Rounds.Length < Options.Rounds;
}
