using System.Collections.Immutable;
using Statecraft.Model.Exchange.Options;
using Statecraft.Model.Randomness;

namespace Statecraft.Model.Exchange;

/// <summary>The array-based core of Stokman's position-exchange model: equal gain, and its randomised variant REX (§4).</summary>
/// <remarks>
/// <para>Sources: Stokman &amp; van Oosten (1994), "The exchange of voting positions: an object-oriented model of
/// policy networks", in Bueno de Mesquita &amp; Stokman (eds), <i>European Community Decision Making</i>, Yale UP;
/// REX after Dijkstra, van Assen, Stokman &amp; Draaijer (2018). The normative reference is the decide implementation by
/// J. Draaijer (<c>foarsitter/decide-exchange-model</c>, commit <c>51dee66</c>, GPL-3.0), whose rules §4
/// restates; no code is taken from it.</para>
/// <para>Each round: outcomes are the capability×salience-weighted means; every pair of actors on opposite sides of
/// the outcome on two issues is a candidate; candidates are priced so both gain equally and realised greedily, highest
/// gain first; between rounds preferences drift towards the voting positions,
/// x ← x + (φ + λ(1 − s))(y − x). The run stops after <see cref="ExchangeOptions.Rounds"/> rounds, or earlier when a
/// round realises no exchange (every later round would be identical).</para>
/// <para>Pure and thread-safe: the only state is the random stream passed in.</para>
/// </remarks>
public static class ExchangeEngine
{
    /// <summary>Runs the model on one linked set of issues.</summary>
    /// <param name="problem">The input on 0–100.</param>
    /// <param name="options">The options (validated here).</param>
    /// <param name="random">The run's random stream; required when <see cref="ExchangeOptions.IsRandom"/>, else ignored.</param>
    /// <param name="cancellation">Cancels the run.</param>
    /// <returns>Every round's state and exchanges.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> or <paramref name="options"/> is null, or <paramref name="random"/> is null for a random run.</exception>
    /// <exception cref="Domain.ModelOptionException">An option is out of range.</exception>
    public static ExchangeResult Run(ExchangeProblem problem, ExchangeOptions options, IRandomSource? random = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (options.IsRandom)
        {
            ArgumentNullException.ThrowIfNull(random);
        }

        int n = problem.ActorCount, d = problem.IssueCount;
        var x = problem.Positions.ToArray();
        var s = problem.Saliences.ToArray();
        var c = problem.Capabilities.ToArray();
        var rounds = ImmutableArray.CreateBuilder<ExchangeRound>(options.Rounds);
        ImmutableArray<double> initial = default;
        using var solver = new ExchangeRoundSolver(n, d, s, c, options, random);
        for (var t = 1; t <= options.Rounds; t++)
        {
            solver.Begin(x);
            if (t == 1)
            {
                initial = [.. solver.Compromise];
            }

            var exchanges = solver.Run(t, cancellation);
            var voting = solver.Voting;
            var next = (double[])x.Clone();
            foreach (var e in exchanges)
            {
                foreach (var side in (ReadOnlySpan<ExchangeSide>)[e.A, e.B])
                {
                    // The voting position of a pair that exchanged is the one from its last realised exchange.
                    var k = (side.Actor * d) + side.SupplyIssue;
                    next[k] = Math.Clamp(x[k] + ((options.FixedWeight + (options.SalienceWeight * (1 - s[k]))) * (voting[k] - x[k])), 0, 100);
                }
            }

            rounds.Add(new ExchangeRound(
                t,
                [.. x],
                [.. solver.Compromise],
                [.. voting],
                [.. VotingMeans(n, d, voting, s, c)],
                [.. next],
                exchanges,
                [.. solver.Externalities]));
            x = next;
            if (exchanges.IsEmpty)
            {
                break;
            }
        }

        return new ExchangeResult(problem, options, initial, rounds.ToImmutable());
    }

    /// <summary>The weighted mean Σ c s y / Σ c s per issue over the actors present (NaN when nobody weighs the issue).</summary>
    /// <param name="n">N.</param>
    /// <param name="d">D.</param>
    /// <param name="positions">Positions, actor-major.</param>
    /// <param name="saliences">Saliences, actor-major.</param>
    /// <param name="capabilities">Capabilities, actor-major.</param>
    /// <returns>One mean per issue.</returns>
    public static double[] VotingMeans(int n, int d, ReadOnlySpan<double> positions, ReadOnlySpan<double> saliences, ReadOnlySpan<double> capabilities)
    {
        var means = new double[d];
        for (var issue = 0; issue < d; issue++)
        {
            double sw = 0, swx = 0;
            for (var i = 0; i < n; i++)
            {
                var k = (i * d) + issue;
                if (saliences[k] > 0)
                {
                    var w = capabilities[k] * saliences[k];
                    sw += w;
                    swx += w * positions[k];
                }
            }

            means[issue] = sw > 0 ? swx / sw : double.NaN;
        }

        return means;
    }
}
